# Arabic translation; wants a native speaker's review.
# Sides: English passes no $side here, so the side words (اليمنى، اليسرى، الأولى، الأخرى) only
# follow feminine nouns: الساق، القدم، الركبة، اليد، الفخذ، العضلات، الجهة.

position-chair-label = على كرسي
position-chair-lead = على كرسيك
position-standing-label = وقوفًا
position-standing-lead = وقوفًا
position-floor-label = على الأرض
position-floor-lead = على الأرض
position-unknown = وضعية غير معروفة "{ $position }": المتوقع "chair" أو "standing" أو "floor"

caution-common-1 = توقف فورًا إذا شعرت بأي ألم أو انزعاج: ينبغي أن تشعر في الإطالة بشدّ لطيف، لا بألم أبدًا.
caution-common-2 = الألم الذي يمتد نزولًا في خلف الساق، أو الخدر أو التنميل، قد يدل على عرق النسا أو على شدّ عضلي في خلف الفخذ: توقف وراجع أخصائي رعاية صحية.
caution-common-3 = تحرّك ببطء، ولا تؤدِّ حركات ارتدادية أو اهتزازية أبدًا، ولا تتجاوز حدودك أبدًا.

## seated-figure-four-chair
stretch-seated-figure-four-chair-name = وضعية الرقم 4 جلوسًا
stretch-seated-figure-four-chair-cue = الكاحل فوق الفخذ الأخرى ثم انحنِ للأمام
stretch-seated-figure-four-chair-step-1 = اجلس معتدلًا على النصف الأمامي من كرسيك، وقدماك مستويتان على الأرض. إن كان الكرسي بعجلات، فأسنده إلى المكتب أولًا.
stretch-seated-figure-four-chair-step-2 = ارفع كاحل قدمك { $side_word } وضعه على فخذك { $other_word }، فوق الركبة مباشرة، ودع ركبتك { $side_word } تميل إلى الخارج.
stretch-seated-figure-four-chair-step-3 = أبقِ ظهرك مستقيمًا وعضلات بطنك مشدودة قليلًا.
stretch-seated-figure-four-chair-step-4 = انحنِ إلى الأمام ببطء من الوركين حتى تشعر بشدّ لطيف في عمق عضلاتك الألوية { $side_word }.
stretch-seated-figure-four-chair-hold-cue = ابقَ حيث يكون الشدّ لطيفًا، وظهرك ممتد، ودع الورك في الجهة { $side_word } يرتخي مع كل زفير.
stretch-seated-figure-four-chair-release = اعتدل في جلستك ببطء وأنزل قدمك إلى الأرض.

## standing-forward-fold
stretch-standing-forward-fold-name = انثناء أمامي وقوفًا
stretch-standing-forward-fold-cue = انثنِ من الوركين مع ثني الركبتين قليلًا
stretch-standing-forward-fold-step-1 = قف وقدماك متباعدتان بعرض الوركين، وأمامك مساحة كافية، وركبتاك مثنيتان قليلًا.
stretch-standing-forward-fold-step-2 = ادفع وركيك إلى الخلف وانثنِ ببطء إلى الأمام من الوركين، ومدّ يديك نحو أصابع قدميك.
stretch-standing-forward-fold-step-3 = اثنِ ركبتيك أكثر قليلًا إذا شعرت بإجهاد في خلف ساقيك.
stretch-standing-forward-fold-step-4 = أطِل عمودك الفقري ودع صدرك يقترب من فخذيك.
stretch-standing-forward-fold-hold-cue = دع رأسك وذراعيك تتدلى، وأبقِ ركبتيك مثنيتين قليلًا، ووجّه أنفاسك العميقة نحو خلف فخذيك.
stretch-standing-forward-fold-release = اثنِ ركبتيك قليلًا واعتدل ببطء فقرةً فقرة، ورأسك آخر ما يرتفع.
stretch-standing-forward-fold-caution-1 = اعتدل ببطء إن كنت عرضة للدوار.

## chair-hamstring-turnout
stretch-chair-hamstring-turnout-name = إطالة خلف الفخذ على حافة كرسي
stretch-chair-hamstring-turnout-cue = كعبك أمامك وساقك للخارج، انحنِ
stretch-chair-hamstring-turnout-step-1 = اجلس على الحافة الأمامية لكرسيك، وقدماك مستويتان على الأرض. إن كان الكرسي بعجلات، فأسنده إلى المكتب أولًا.
stretch-chair-hamstring-turnout-step-2 = مدّ ساقك { $side_word } أمامك، والكعب على الأرض وأصابع القدم إلى أعلى، وأدِرها قليلًا إلى الخارج من الورك.
stretch-chair-hamstring-turnout-step-3 = أبقِ قدمك { $other_word } مستوية على الأرض، وأرِح يديك على فخذك { $other_word }.
stretch-chair-hamstring-turnout-step-4 = انحنِ إلى الأمام من الوركين وظهرك مستقيم، حتى تشعر بإطالة لطيفة في أعلى خلف فخذك { $side_word }.
stretch-chair-hamstring-turnout-hold-cue = أبقِ ظهرك مستقيمًا بدل أن تمدّ يديك أبعد، وتنفس ببطء.
stretch-chair-hamstring-turnout-release = اعتدل في جلستك ببطء وأعِد قدمك إلى مكانها.

## desk-supported-hip-hinge
stretch-desk-supported-hip-hinge-name = انحناء الورك بسند المكتب
stretch-desk-supported-hip-hinge-cue = يداك على المكتب، وركاك للخلف، ظهرك مستوٍ
stretch-desk-supported-hip-hinge-step-1 = قف مواجهًا مكتبك على بُعد ذراع تقريبًا، وأرِح يديك كلتيهما على حافته.
stretch-desk-supported-hip-hinge-step-2 = باعِد بين قدميك بعرض الوركين، وركبتاك مثنيتان قليلًا.
stretch-desk-supported-hip-hinge-step-3 = ادفع وركيك إلى الخلف وانحنِ إلى الأمام من الوركين حتى تستقيم ذراعاك ويصبح ظهرك ممتدًا ومستويًا.
stretch-desk-supported-hip-hinge-step-4 = توقف حين تشعر بشدّ لطيف خلف فخذيك كليهما، صعودًا حتى أسفل الردفين.
stretch-desk-supported-hip-hinge-hold-cue = أرِح يديك بخفة على المكتب، وأطِل جسمك من الوركين حتى الرأس، وتنفس ببطء.
stretch-desk-supported-hip-hinge-release = قرّب قدميك خطوة خطوة نحو المكتب، ثم اعتدل ببطء.
stretch-desk-supported-hip-hinge-caution-1 = لا تستند إلا إلى مكتب أو سطح ثابت لا ينزلق ولا ينقلب.

## chair-forward-bend
stretch-chair-forward-bend-name = انحناء أمامي على الكرسي
stretch-chair-forward-bend-cue = مدّ ساقيك، الكعبان أرضًا، ثم انحنِ
stretch-chair-forward-bend-step-1 = اجلس على الحافة الأمامية لكرسيك. إن كان الكرسي بعجلات، فأسنده إلى المكتب أولًا.
stretch-chair-forward-bend-step-2 = مدّ ساقيك كلتيهما أمامك، والكعبان على الأرض وأصابع القدمين إلى أعلى، والركبتان مستقيمتان دون قفلهما.
stretch-chair-forward-bend-step-3 = خذ شهيقًا واجلس معتدلًا.
stretch-chair-forward-bend-step-4 = مع الزفير، انحنِ إلى الأمام من الوركين ويداك تنزلقان على مقدمة ساقيك، وظهرك مستقيم.
stretch-chair-forward-bend-hold-cue = امتدّ إلى الأمام بصدرك بدل أن تقوّس ظهرك إلى الأسفل، ووجّه أنفاسك نحو خلف ساقيك.
stretch-chair-forward-bend-release = اعتدل في جلستك ببطء وأعِد قدميك تحتك.

## standing-heel-forward-hinge
stretch-standing-heel-forward-hinge-name = انحناء وقوفًا والكعب للأمام
stretch-standing-heel-forward-hinge-cue = كعب للأمام، الأصابع لأعلى، ثم انحنِ
stretch-standing-heel-forward-hinge-step-1 = قف معتدلًا بجانب مكتبك، ويداك على وركيك؛ المس المكتب إن احتجت إليه لحفظ توازنك.
stretch-standing-heel-forward-hinge-step-2 = تقدّم بقدمك { $side_word } نصف خطوة، والكعب على الأرض وأصابع القدم مرفوعة، والركبة مستقيمة دون قفلها.
stretch-standing-heel-forward-hinge-step-3 = اثنِ ركبتك { $other_word } قليلًا وأرِح يديك على فخذك { $other_word }.
stretch-standing-heel-forward-hinge-step-4 = ادفع وركيك إلى الخلف وانحنِ إلى الأمام وظهرك ممتد، حتى تشعر بشدّ لطيف خلف فخذك { $side_word }.
stretch-standing-heel-forward-hinge-hold-cue = أبقِ ظهرك ممتدًا ووزنك على ساقك { $other_word }، وتنفس ببطء.
stretch-standing-heel-forward-hinge-release = اعتدل ببطء واجمع قدميك.

## lying-hamstring-strap
stretch-lying-hamstring-strap-name = إطالة خلف الفخذ استلقاءً
stretch-lying-hamstring-strap-cue = على ظهرك، ارفع ساقًا ممدودة نحوك
stretch-lying-hamstring-strap-step-1 = استلقِ على ظهرك، وركبتاك مثنيتان وقدماك مستويتان على الأرض.
stretch-lying-hamstring-strap-step-2 = ارفع ساقك { $side_word } وأمسكها من خلف الفخذ بيديك كلتيهما، أو لُفّ منشفة أو حزامًا حول القدم.
stretch-lying-hamstring-strap-step-3 = افرد ساقك { $side_word } قدر ما تستطيع براحة، واسحبها بلطف نحو صدرك.
stretch-lying-hamstring-strap-step-4 = أبقِ قدمك { $other_word } مستوية على الأرض، ودع رأسك وكتفيك مسترخية على الأرض.
stretch-lying-hamstring-strap-hold-cue = تعمّق تدريجيًا حتى تشعر بالإطالة حيث تلتقي فخذك { $side_word } بالردف، وتنفس بعمق.
stretch-lying-hamstring-strap-release = اثنِ الركبة وأنزل قدمك ببطء إلى الأرض.

## seated-figure-four-floor
stretch-seated-figure-four-floor-name = وضعية الرقم 4 جلوسًا
stretch-seated-figure-four-floor-cue = الكاحل فوق الفخذ الأخرى ثم انحنِ للأمام
stretch-seated-figure-four-floor-step-1 = اجلس على الأرض وساقاك ممدودتان أمامك.
stretch-seated-figure-four-floor-step-2 = اثنِ ركبتك { $side_word } وارفع كاحل قدمك { $side_word } وضعه على فخذك { $other_word }، فوق الركبة مباشرة.
stretch-seated-figure-four-floor-step-3 = اجلس معتدلًا، وظهرك مستقيم وعضلات بطنك مشدودة قليلًا.
stretch-seated-figure-four-floor-step-4 = انحنِ إلى الأمام ببطء من الوركين حتى تشعر بشدّ لطيف في عضلاتك الألوية { $side_word } وخلف الفخذ.
stretch-seated-figure-four-floor-hold-cue = أبقِ ظهرك مستقيمًا ودع الورك في الجهة { $side_word } يرتخي قليلًا مع كل زفير.
stretch-seated-figure-four-floor-release = اعتدل في جلستك ببطء ومدّ الساق من جديد.

## seated-hamstring-turnout
stretch-seated-hamstring-turnout-name = إطالة خلف الفخذ جلوسًا بساق مدارة للخارج
stretch-seated-hamstring-turnout-cue = امتدّ نحو أصابعها
stretch-seated-hamstring-turnout-step-1 = اجلس على الأرض وساقاك ممدودتان أمامك.
stretch-seated-hamstring-turnout-step-2 = أدِر ساقك { $side_word } قليلًا إلى الخارج من الورك، بحيث تتجه أصابع قدمها إلى الخارج قليلًا.
stretch-seated-hamstring-turnout-step-3 = اجلس معتدلًا، ثم انحنِ إلى الأمام من الوركين وظهرك مستقيم، ومدّ يديك نحو أصابع قدمك { $side_word }.
stretch-seated-hamstring-turnout-step-4 = توقف حين تشعر بإطالة لطيفة في أعلى خلف فخذك { $side_word }.
stretch-seated-hamstring-turnout-hold-cue = تنفس بعمق، وتعمّق قليلًا مع كل زفير.
stretch-seated-hamstring-turnout-release = اعتدل في جلستك ببطء.

## pigeon-pose
stretch-pigeon-pose-name = وضعية الحمامة
stretch-pigeon-pose-cue = الساق الأمامية مثنية تحتك والخلفية ممدودة
stretch-pigeon-pose-step-1 = ابدأ على يديك وركبتيك، فوق حصيرة أو سجادة.
stretch-pigeon-pose-step-2 = قدّم ركبتك { $side_word } إلى الأمام حتى تصبح خلف معصم يدك { $side_word }، وقصبة ساقك مائلة بالعرض تحت جسمك.
stretch-pigeon-pose-step-3 = أزلِق ساقك { $other_word } إلى الخلف مستقيمة، وظهر القدم مستوٍ على الأرض.
stretch-pigeon-pose-step-4 = وجّه وركيك إلى الأمام بالتساوي قدر ما تستطيع براحة، ويداك تحت كتفيك.
stretch-pigeon-pose-step-5 = إن كانت الإطالة قوية، فابقَ هنا؛ وإن أردت المزيد، فقدّم يديك تدريجيًا إلى الأمام وأنزل صدرك.
stretch-pigeon-pose-hold-cue = تنفس بعمق ودع الورك في الجهة { $side_word } يهبط قليلًا مع كل زفير.
stretch-pigeon-pose-release = ادفع الأرض بيديك لترتفع، واثنِ أصابع قدمك الخلفية تحتها، وعُد ببطء إلى وضع اليدين والركبتين.
stretch-pigeon-pose-caution-1 = ضع وسادة تحت ركبتك الأمامية، واترك هذه الإطالة إن كانت تلك الركبة تؤلمك.

## reclining-hand-to-big-toe
stretch-reclining-hand-to-big-toe-name = إمساك إبهام القدم استلقاءً
stretch-reclining-hand-to-big-toe-cue = على ظهرك، أمسك قدمًا وافرد ساقها
stretch-reclining-hand-to-big-toe-step-1 = استلقِ على ظهرك وساقاك ممدودتان.
stretch-reclining-hand-to-big-toe-step-2 = مع الشهيق، اسحب ركبتك { $side_word } نحو صدرك.
stretch-reclining-hand-to-big-toe-step-3 = أمسك مقدمة باطن قدمك { $side_word } بيديك، أو لُفّ حولها منشفة أو حزامًا إن لم تصل إليها.
stretch-reclining-hand-to-big-toe-step-4 = مع الزفير، افرد ساقك { $side_word } إلى أعلى ووجّهها بلطف نحوك؛ وتبقى ساقك { $other_word } ممدودة على الأرض.
stretch-reclining-hand-to-big-toe-hold-cue = اشعر بالإطالة من خلف الفخذ حتى الردف، ودع الساق تقترب قليلًا مع كل زفير.
stretch-reclining-hand-to-big-toe-release = اثنِ الركبة وأنزل قدمك ببطء إلى الأرض.

## seated-forward-bend
stretch-seated-forward-bend-name = انحناء أمامي جلوسًا
stretch-seated-forward-bend-cue = الساقان ممدودتان، انحنِ والظهر ممتد
stretch-seated-forward-bend-step-1 = اجلس على الأرض وساقاك ممدودتان أمامك باستقامة.
stretch-seated-forward-bend-step-2 = خذ شهيقًا وأطِل عمودك الفقري.
stretch-seated-forward-bend-step-3 = مع الزفير، انحنِ من الوركين وأنزل صدرك نحو ساقيك.
stretch-seated-forward-bend-step-4 = امتدّ إلى الأمام وظهرك مستقيم بدل أن تقوّسه إلى الأسفل؛ وأرِح يديك على مقدمة ساقيك أو على قدميك.
stretch-seated-forward-bend-hold-cue = تنفس بعمق ودع خلف ساقيك يرتخي.
stretch-seated-forward-bend-release = اعتدل في جلستك ببطء، وصدرك يقود الحركة.

## seated-twist-hamstring
stretch-seated-twist-hamstring-name = إطالة خلف الفخذ بالتفاف
stretch-seated-twist-hamstring-cue = انحنِ فوق الساق الممدودة والتفت إليها
stretch-seated-twist-hamstring-step-1 = اجلس على الأرض وساقك { $side_word } ممدودة، وركبتك { $other_word } مثنية وباطن قدمها على الجهة الداخلية لفخذك { $side_word }.
stretch-seated-twist-hamstring-step-2 = اجلس معتدلًا، ثم انحنِ إلى الأمام من الوركين فوق ساقك { $side_word }.
stretch-seated-twist-hamstring-step-3 = أدِر صدرك بلطف نحو ساقك { $side_word }، ومدّ يدك { $other_word } إلى الجهة الخارجية من قصبة ساقك { $side_word } أو قدمك { $side_word }.
stretch-seated-twist-hamstring-step-4 = أرِح يدك { $side_word } على الأرض بجانب وركك.
stretch-seated-twist-hamstring-hold-cue = أبقِ الالتفاف خفيفًا وظهرك ممتدًا؛ ولا تتعمّق إلا بقدر ما ترتخي العضلات.
stretch-seated-twist-hamstring-release = عُد بجذعك إلى الأمام، ثم اعتدل في جلستك ببطء.

stretch-custom-hold-cue = اثبت حيث تشعر بشدّ لطيف، وتنفس ببطء.
stretch-custom-release = اخرج من الإطالة ببطء.
