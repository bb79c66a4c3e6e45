# Japanese translation; wants a native speaker's review.
# limber: the built-in catalogue (ja). Steps, hold cues and releases use 〜ます; cautions use
# 〜てください; cues are short phrases. Side words are followed by "の" ("右の足首").

position-chair-label = 椅子で
position-chair-lead = 椅子で
position-standing-label = 立って
position-standing-lead = 立って
position-floor-label = 床で
position-floor-lead = 床で
position-unknown = 不明な場所"{ $position }"："chair"、"standing"、"floor"のいずれかを指定してください

caution-common-1 = 痛みや不快感があれば、すぐに中止してください。ストレッチは心地よく伸びる程度にとどめ、痛みを感じるところまで伸ばさないでください。
caution-common-2 = 脚の裏側を下へ走るような痛み、しびれ、ピリピリ感は、坐骨神経痛やハムストリングスの肉離れのサインかもしれません。中止して、医師や理学療法士などの専門家に相談してください。
caution-common-3 = ゆっくり動き、反動をつけず、限界を超えて無理に伸ばさないでください。

## seated-figure-four-chair
stretch-seated-figure-four-chair-name = 座位の4の字ストレッチ
stretch-seated-figure-four-chair-cue = 足首を反対の太ももに乗せて前傾
stretch-seated-figure-four-chair-step-1 = 椅子の前半分に背すじを伸ばして座り、両足の裏を床につけます。キャスター付きの椅子は、先に机に押しつけて動かないようにします。
stretch-seated-figure-four-chair-step-2 = { $side_word }の足首を{ $other_word }の太もも、ひざのすぐ上に乗せ、{ $side_word }のひざは力を抜いて横へ開きます。
stretch-seated-figure-four-chair-step-3 = 背すじをまっすぐに保ち、お腹に軽く力を入れます。
stretch-seated-figure-four-chair-step-4 = { $side_word }のお尻の奥に心地よい伸びを感じるところまで、股関節からゆっくり上体を前に倒します。
stretch-seated-figure-four-chair-hold-cue = 伸びが心地よいところにとどまり、背すじは伸ばしたままにします。息を吐くたびに{ $side_word }の股関節の力を抜いていきます。
stretch-seated-figure-four-chair-release = ゆっくり上体を起こし、足を床に下ろします。

## standing-forward-fold
stretch-standing-forward-fold-name = 立位前屈
stretch-standing-forward-fold-cue = ひざをゆるめ、股関節から前に倒す
stretch-standing-forward-fold-step-1 = 足を腰幅に開いて立ち、前に十分なスペースをとります。ひざは軽くゆるめます。
stretch-standing-forward-fold-step-2 = お尻を後ろへ引きながら、股関節からゆっくり上体を前に倒し、手をつま先の方へ伸ばします。
stretch-standing-forward-fold-step-3 = 脚の裏側が張りすぎるときは、ひざをもう少し曲げます。
stretch-standing-forward-fold-step-4 = 背すじを伸ばし、胸を太ももに近づけていきます。
stretch-standing-forward-fold-hold-cue = 頭と腕は力を抜いて垂らし、ひざはゆるめたまま、太ももの裏に息を送るように深く呼吸します。
stretch-standing-forward-fold-release = ひざを少し曲げ、背骨を下から一つずつ積み上げるように、ゆっくり起き上がります。頭は最後に起こします。
stretch-standing-forward-fold-caution-1 = 立ちくらみを起こしやすい方は、特にゆっくり起き上がってください。

## chair-hamstring-turnout
stretch-chair-hamstring-turnout-name = 浅座りのハムストリングスストレッチ
stretch-chair-hamstring-turnout-cue = かかとを前に出し、脚を外に向けて前傾
stretch-chair-hamstring-turnout-step-1 = 椅子の座面の前端に座り、両足の裏を床につけます。キャスター付きの椅子は、先に机に押しつけて動かないようにします。
stretch-chair-hamstring-turnout-step-2 = { $side_word }の脚を前に滑らせて伸ばし、かかとを床につけてつま先を上げます。脚は股関節から少し外側に向けます。
stretch-chair-hamstring-turnout-step-3 = { $other_word }の足の裏は床につけたまま、両手を{ $other_word }の太ももに置きます。
stretch-chair-hamstring-turnout-step-4 = 背すじを伸ばしたまま股関節から上体を前に倒し、{ $side_word }の太ももの裏の付け根近くに心地よい伸びを感じるところで止めます。
stretch-chair-hamstring-turnout-hold-cue = さらに深く倒すことより、背すじをまっすぐに保つことを意識して、ゆっくり呼吸します。
stretch-chair-hamstring-turnout-release = ゆっくり上体を起こし、足を手前に戻します。

## desk-supported-hip-hinge
stretch-desk-supported-hip-hinge-name = 机を使ったヒップヒンジ
stretch-desk-supported-hip-hinge-cue = 机に手をつき、お尻を引いて背中を水平に
stretch-desk-supported-hip-hinge-step-1 = 机に向かって腕の長さほど離れて立ち、両手を机の縁に置きます。
stretch-desk-supported-hip-hinge-step-2 = 足を腰幅に開き、ひざは軽くゆるめます。
stretch-desk-supported-hip-hinge-step-3 = お尻を後ろへ引きながら股関節から上体を前に倒し、腕がまっすぐになり、背すじを伸ばした背中が床と平行になるところまで倒します。
stretch-desk-supported-hip-hinge-step-4 = 両方の太ももの裏からお尻の下にかけて、心地よい伸びを感じるところで止めます。
stretch-desk-supported-hip-hinge-hold-cue = 両手は机に軽く添え、お尻から頭までを長く伸ばすようにして、ゆっくり呼吸します。
stretch-desk-supported-hip-hinge-release = 足を少しずつ机の方へ近づけ、ゆっくり起き上がります。
stretch-desk-supported-hip-hinge-caution-1 = 支えにするのは、滑ったり傾いたりしない机やカウンターだけにしてください。

## chair-forward-bend
stretch-chair-forward-bend-name = 座って前屈
stretch-chair-forward-bend-cue = 両脚を前に出し、かかとをついて前傾
stretch-chair-forward-bend-step-1 = 椅子の座面の前端に座ります。キャスター付きの椅子は、先に机に押しつけて動かないようにします。
stretch-chair-forward-bend-step-2 = 両脚を前に伸ばし、かかとを床につけてつま先を上げます。ひざは伸ばしますが、突っ張らないようにします。
stretch-chair-forward-bend-step-3 = 息を吸いながら、背すじを伸ばして座ります。
stretch-chair-forward-bend-step-4 = 息を吐きながら股関節から上体を前に倒し、両手をすねに沿って滑らせます。背中はまっすぐに保ちます。
stretch-chair-forward-bend-hold-cue = 背中を丸めて下がるのではなく胸を前へ伸ばし、脚の裏側に息を送るように呼吸します。
stretch-chair-forward-bend-release = ゆっくり上体を起こし、足を体の下に戻します。

## standing-heel-forward-hinge
stretch-standing-heel-forward-hinge-name = かかとを前に出すヒップヒンジ
stretch-standing-heel-forward-hinge-cue = 片足のかかとを前に、つま先を上げて前傾
stretch-standing-heel-forward-hinge-step-1 = 机の横に背すじを伸ばして立ち、両手を腰に当てます。バランスをとるのに必要なら、机に手を添えます。
stretch-standing-heel-forward-hinge-step-2 = { $side_word }の足を半歩前に出し、かかとを床につけてつま先を上げます。ひざは伸ばしますが、突っ張らないようにします。
stretch-standing-heel-forward-hinge-step-3 = { $other_word }のひざを少し曲げ、両手を{ $other_word }の太ももに置きます。
stretch-standing-heel-forward-hinge-step-4 = お尻を後ろへ引き、背すじを伸ばしたまま股関節から前に倒し、{ $side_word }の太ももの裏に心地よい伸びを感じるところで止めます。
stretch-standing-heel-forward-hinge-hold-cue = 背すじを伸ばし、体重を{ $other_word }の脚に乗せたまま、ゆっくり呼吸します。
stretch-standing-heel-forward-hinge-release = ゆっくり起き上がり、両足をそろえます。

## lying-hamstring-strap
stretch-lying-hamstring-strap-name = 仰向けのハムストリングスストレッチ
stretch-lying-hamstring-strap-cue = 仰向けで、伸ばした片脚を引き上げる
stretch-lying-hamstring-strap-step-1 = 仰向けに寝て両ひざを立て、足の裏を床につけます。
stretch-lying-hamstring-strap-step-2 = { $side_word }の脚を持ち上げ、両手で太ももの裏を支えます。足にタオルやベルトを掛けて持ってもかまいません。
stretch-lying-hamstring-strap-step-3 = { $side_word }のひざを無理のない範囲で伸ばし、脚を胸の方へやさしく引き寄せます。
stretch-lying-hamstring-strap-step-4 = { $other_word }の足の裏は床につけたまま、頭と肩は力を抜いて床に預けます。
stretch-lying-hamstring-strap-hold-cue = { $side_word }の太ももとお尻の境目に伸びを感じるところまで脚をゆっくり近づけ、深く呼吸します。
stretch-lying-hamstring-strap-release = ひざを曲げ、足をゆっくり床に下ろします。

## seated-figure-four-floor
stretch-seated-figure-four-floor-name = 座位の4の字ストレッチ
stretch-seated-figure-four-floor-cue = 足首を反対の太ももに乗せて前傾
stretch-seated-figure-four-floor-step-1 = 床に座り、両脚を前に伸ばします。
stretch-seated-figure-four-floor-step-2 = { $side_word }のひざを曲げ、{ $side_word }の足首を{ $other_word }の太もも、ひざのすぐ上に乗せます。
stretch-seated-figure-four-floor-step-3 = 背すじを伸ばして座り、お腹に軽く力を入れます。
stretch-seated-figure-four-floor-step-4 = { $side_word }のお尻と太ももの裏に心地よい伸びを感じるところまで、股関節からゆっくり上体を前に倒します。
stretch-seated-figure-four-floor-hold-cue = 背すじをまっすぐに保ち、息を吐くたびに{ $side_word }の股関節を少しずつゆるめます。
stretch-seated-figure-four-floor-release = ゆっくり上体を起こし、脚を再び前に伸ばします。

## seated-hamstring-turnout
stretch-seated-hamstring-turnout-name = 脚を外に向けた長座のハムストリングスストレッチ
stretch-seated-hamstring-turnout-cue = その脚のつま先へ手を伸ばす
stretch-seated-hamstring-turnout-step-1 = 床に座り、両脚を前に伸ばします。
stretch-seated-hamstring-turnout-step-2 = { $side_word }の脚を股関節から少し外側に向け、つま先がやや外を向くようにします。
stretch-seated-hamstring-turnout-step-3 = 背すじを伸ばして座り、背中をまっすぐに保ったまま股関節から前に倒して、{ $side_word }のつま先の方へ手を伸ばします。
stretch-seated-hamstring-turnout-step-4 = { $side_word }の太ももの裏の付け根あたりに心地よい伸びを感じるところで止めます。
stretch-seated-hamstring-turnout-hold-cue = 深く呼吸し、息を吐くたびに少しずつ深めます。
stretch-seated-hamstring-turnout-release = ゆっくり上体を起こします。

## pigeon-pose
stretch-pigeon-pose-name = 鳩のポーズ
stretch-pigeon-pose-cue = 前脚のすねを体の下に、後ろ脚はまっすぐ後ろへ
stretch-pigeon-pose-step-1 = マットやラグの上で、四つんばいになります。
stretch-pigeon-pose-step-2 = { $side_word }のひざを{ $side_word }の手首の後ろまで前に出し、すねが体の下で斜めになるように置きます。
stretch-pigeon-pose-step-3 = { $other_word }の脚をまっすぐ後ろへ滑らせ、足の甲を床につけます。
stretch-pigeon-pose-step-4 = 無理のない範囲で骨盤を正面に向け、両手は肩の下に置きます。
stretch-pigeon-pose-step-5 = 伸びが強ければ、ここでとどまります。さらに伸ばすなら、両手を少しずつ前に進めて胸を下ろします。
stretch-pigeon-pose-hold-cue = 深く呼吸し、息を吐くたびに{ $side_word }の股関節を少しずつ沈めます。
stretch-pigeon-pose-release = 両手で床を押して上体を起こし、後ろ足のつま先を立てて、ゆっくり四つんばいに戻ります。
stretch-pigeon-pose-caution-1 = 前のひざの下にはクッションなどを敷いてください。そのひざが痛む場合は、このストレッチは行わないでください。

## reclining-hand-to-big-toe
stretch-reclining-hand-to-big-toe-name = 仰向けで足の親指をつかむポーズ
stretch-reclining-hand-to-big-toe-cue = 仰向けで片足を持ち、脚を上へ伸ばす
stretch-reclining-hand-to-big-toe-step-1 = 両脚を伸ばして仰向けに寝ます。
stretch-reclining-hand-to-big-toe-step-2 = 息を吸いながら、{ $side_word }のひざを胸の方へ引き寄せます。
stretch-reclining-hand-to-big-toe-step-3 = { $side_word }の足裏の指の付け根あたりを両手で持ちます。届かない場合は、タオルやベルトを足に掛けます。
stretch-reclining-hand-to-big-toe-step-4 = 息を吐きながら{ $side_word }の脚を上へ伸ばし、やさしく手前に引き寄せます。{ $other_word }の脚は床にまっすぐ伸ばしたままにします。
stretch-reclining-hand-to-big-toe-hold-cue = 太ももの裏からお尻にかけての伸びを感じながら、息を吐くたびに脚を少しずつ近づけます。
stretch-reclining-hand-to-big-toe-release = ひざを曲げ、足をゆっくり床に下ろします。

## seated-forward-bend
stretch-seated-forward-bend-name = 長座前屈
stretch-seated-forward-bend-cue = 両脚を前に出し、背すじを伸ばして前傾
stretch-seated-forward-bend-step-1 = 床に座り、両脚を前にまっすぐ伸ばします。
stretch-seated-forward-bend-step-2 = 息を吸いながら、背すじを伸ばします。
stretch-seated-forward-bend-step-3 = 息を吐きながら股関節から上体を倒し、胸を脚の方へ近づけます。
stretch-seated-forward-bend-step-4 = 背中を丸めて下がるのではなく、背すじを伸ばしたまま前へ伸びます。両手はすねか足に置きます。
stretch-seated-forward-bend-hold-cue = 深く呼吸し、脚の裏側の力を抜いていきます。
stretch-seated-forward-bend-release = 胸から先に起こすようにして、ゆっくり上体を起こします。

## seated-twist-hamstring
stretch-seated-twist-hamstring-name = 座ってひねるハムストリングスストレッチ
stretch-seated-twist-hamstring-cue = 伸ばした脚へ前傾し、そちらへ体をひねる
stretch-seated-twist-hamstring-step-1 = 床に座り、{ $side_word }の脚をまっすぐ伸ばします。{ $other_word }のひざを曲げ、その足の裏を{ $side_word }の太ももの内側に当てます。
stretch-seated-twist-hamstring-step-2 = 背すじを伸ばして座り、股関節から{ $side_word }の脚の上へ上体を倒します。
stretch-seated-twist-hamstring-step-3 = 胸をやさしく{ $side_word }の脚の方へ向け、{ $other_word }の手を{ $side_word }のすねか足の外側へ伸ばします。
stretch-seated-twist-hamstring-step-4 = { $side_word }の手は、お尻の横の床に置きます。
stretch-seated-twist-hamstring-hold-cue = ひねりは小さく、背すじは伸ばしたまま保ちます。筋肉がゆるんできたら、その分だけ深めます。
stretch-seated-twist-hamstring-release = 体を正面に戻してから、ゆっくり上体を起こします。

## A custom stretch's defaults.
stretch-custom-hold-cue = 心地よい伸びを感じるところで動かずに保ち、ゆっくり呼吸します。
stretch-custom-release = ゆっくりストレッチから戻ります。
