# limber: the built-in catalogue (en). English is the source, reviewed word for word against
# the article limber's stretches come from; keep the meaning exact when translating.
#
# Text that names a side is formatted once per side with three variables:
#   $side        right, left or none (a one-sided stretch): select on it where the side's word
#                changes its form ("rechten"/"linken" in German);
#   $side_word   the working side's plain word (side-right, side-left or side-one in common.ftl);
#   $other_word  the other side's plain word (side-left, side-right or side-other-one).
# Steps are whole sentences read one by one in the timer window; a hold cue is read while
# holding; a cue follows the stretch's name in a reminder notification ("Seated figure four:
# ankle over the other thigh, then lean in"), so keep it short (at most 45 characters).

## Where a stretch is done. The label sits inside a sentence and a table ("on a chair");
## the lead opens a reminder notification ("On your chair: Seated figure four").
position-chair-label = on a chair
position-chair-lead = On your chair
position-standing-label = standing
position-standing-lead = Standing
position-floor-label = on the floor
position-floor-lead = On the floor
## A position in the config that limber does not know; $position is what the config says.
position-unknown = unknown position "{ $position }": expected "chair", "standing" or "floor"

## The cautions every stretch carries, as the article gives them; the window always shows all three.
caution-common-1 = Stop at once if you feel any pain or discomfort: a stretch should feel like a gentle pull, never pain.
caution-common-2 = Pain that runs down the back of the leg, numbness or tingling can mean sciatica or a pulled hamstring: stop and see a health professional.
caution-common-3 = Move slowly, never bounce, and never push past your limits.

## seated-figure-four-chair
stretch-seated-figure-four-chair-name = Seated figure four
stretch-seated-figure-four-chair-cue = ankle over the other thigh, then lean in
stretch-seated-figure-four-chair-step-1 = Sit tall on the front half of your chair, both feet flat. If it rolls, set it against the desk first.
stretch-seated-figure-four-chair-step-2 = Lift your { $side_word } ankle onto your { $other_word } thigh, just above the knee, and let the { $side_word } knee drop out to the side.
stretch-seated-figure-four-chair-step-3 = Keep your back straight and your belly lightly engaged.
stretch-seated-figure-four-chair-step-4 = Lean forward slowly from the hips until you feel a gentle pull deep in your { $side_word } buttock.
stretch-seated-figure-four-chair-hold-cue = Stay where the pull is gentle, back long, and let your { $side_word } hip soften each time you breathe out.
stretch-seated-figure-four-chair-release = Sit up slowly and lower your foot to the floor.

## standing-forward-fold
stretch-standing-forward-fold-name = Standing forward fold
stretch-standing-forward-fold-cue = fold from the hips with soft knees
stretch-standing-forward-fold-step-1 = Stand with your feet hip-width apart and room in front of you, knees soft.
stretch-standing-forward-fold-step-2 = Send your hips back and fold slowly forward from the hips, reaching toward your toes.
stretch-standing-forward-fold-step-3 = Bend your knees a little more if the backs of your legs strain.
stretch-standing-forward-fold-step-4 = Lengthen your spine and let your chest draw toward your thighs.
stretch-standing-forward-fold-hold-cue = Let your head and arms hang, keep your knees soft, and breathe deeply into the backs of your thighs.
stretch-standing-forward-fold-release = Bend your knees a little and roll up slowly, your head coming up last.
stretch-standing-forward-fold-caution-1 = Come up slowly if you tend to feel light-headed.

## chair-hamstring-turnout
stretch-chair-hamstring-turnout-name = Edge-of-chair hamstring stretch
stretch-chair-hamstring-turnout-cue = heel out, leg turned out, lean in
stretch-chair-hamstring-turnout-step-1 = Sit on the front edge of your chair, both feet flat. If it rolls, set it against the desk first.
stretch-chair-hamstring-turnout-step-2 = Slide your { $side_word } leg out in front, heel on the floor and toes up, and turn it slightly outward from the hip.
stretch-chair-hamstring-turnout-step-3 = Keep your { $other_word } foot flat and rest your hands on your { $other_word } thigh.
stretch-chair-hamstring-turnout-step-4 = With a straight back, lean forward from the hips until you feel a gentle stretch high behind your { $side_word } thigh.
stretch-chair-hamstring-turnout-hold-cue = Keep your back straight rather than reaching further, and breathe slowly.
stretch-chair-hamstring-turnout-release = Sit up slowly and draw your foot back in.

## desk-supported-hip-hinge
stretch-desk-supported-hip-hinge-name = Desk-supported hip hinge
stretch-desk-supported-hip-hinge-cue = hands on the desk, hips back, back level
stretch-desk-supported-hip-hinge-step-1 = Stand facing your desk, about an arm's length away, and rest both hands on its edge.
stretch-desk-supported-hip-hinge-step-2 = Set your feet hip-width apart, knees soft.
stretch-desk-supported-hip-hinge-step-3 = Walk your hips back and hinge forward from the hips until your arms are straight and your back is long and level.
stretch-desk-supported-hip-hinge-step-4 = Stop where you feel a gentle pull behind both thighs, up under the buttocks.
stretch-desk-supported-hip-hinge-hold-cue = Rest your hands lightly on the desk, reach long from hips to head, and breathe slowly.
stretch-desk-supported-hip-hinge-release = Walk your feet in toward the desk and rise slowly.
stretch-desk-supported-hip-hinge-caution-1 = Lean only on a desk or counter that will not slide or tip.

## chair-forward-bend
stretch-chair-forward-bend-name = Chair forward bend
stretch-chair-forward-bend-cue = legs out, heels down, hinge forward
stretch-chair-forward-bend-step-1 = Sit on the front edge of your chair. If it rolls, set it against the desk first.
stretch-chair-forward-bend-step-2 = Stretch both legs out in front, heels on the floor and toes up, knees straight but not locked.
stretch-chair-forward-bend-step-3 = Breathe in and sit tall.
stretch-chair-forward-bend-step-4 = Breathe out and hinge forward from the hips, sliding your hands down your shins, back straight.
stretch-chair-forward-bend-hold-cue = Reach forward with your chest rather than rounding down, and breathe into the backs of your legs.
stretch-chair-forward-bend-release = Sit up slowly and bring your feet back under you.

## standing-heel-forward-hinge
stretch-standing-heel-forward-hinge-name = Standing heel-forward hinge
stretch-standing-heel-forward-hinge-cue = one heel forward, toes up, hinge
stretch-standing-heel-forward-hinge-step-1 = Stand tall beside your desk, hands on your hips; touch the desk if you need it for balance.
stretch-standing-heel-forward-hinge-step-2 = Step your { $side_word } foot half a step forward, heel down and toes lifted, the knee straight but not locked.
stretch-standing-heel-forward-hinge-step-3 = Bend your { $other_word } knee a little and rest your hands on your { $other_word } thigh.
stretch-standing-heel-forward-hinge-step-4 = Send your hips back and hinge forward with a long back until you feel a gentle pull behind your { $side_word } thigh.
stretch-standing-heel-forward-hinge-hold-cue = Keep your back long and your weight on your { $other_word } leg, and breathe slowly.
stretch-standing-heel-forward-hinge-release = Rise slowly and bring your feet together.

## lying-hamstring-strap
stretch-lying-hamstring-strap-name = Lying hamstring stretch
stretch-lying-hamstring-strap-cue = on your back, draw one straight leg up
stretch-lying-hamstring-strap-step-1 = Lie on your back with both knees bent and your feet flat on the floor.
stretch-lying-hamstring-strap-step-2 = Lift your { $side_word } leg and hold it behind the thigh with both hands; a towel or belt around the foot works too.
stretch-lying-hamstring-strap-step-3 = Straighten your { $side_word } leg as far as is comfortable and draw it gently toward your chest.
stretch-lying-hamstring-strap-step-4 = Keep your { $other_word } foot flat, and your head and shoulders relaxed on the floor.
stretch-lying-hamstring-strap-hold-cue = Ease in until you feel the stretch where your { $side_word } thigh meets the buttock, and breathe deeply.
stretch-lying-hamstring-strap-release = Bend the knee and lower your foot slowly to the floor.

## seated-figure-four-floor
stretch-seated-figure-four-floor-name = Seated figure four
stretch-seated-figure-four-floor-cue = ankle over the other thigh, then lean in
stretch-seated-figure-four-floor-step-1 = Sit on the floor with both legs stretched out in front of you.
stretch-seated-figure-four-floor-step-2 = Bend your { $side_word } knee and rest your { $side_word } ankle on your { $other_word } thigh, just above the knee.
stretch-seated-figure-four-floor-step-3 = Sit tall, back straight and belly lightly engaged.
stretch-seated-figure-four-floor-step-4 = Lean forward slowly from the hips until you feel a gentle pull in your { $side_word } buttock and the back of the thigh.
stretch-seated-figure-four-floor-hold-cue = Keep your back straight and let your { $side_word } hip release a little each time you breathe out.
stretch-seated-figure-four-floor-release = Sit up slowly and stretch the leg out again.

## seated-hamstring-turnout
stretch-seated-hamstring-turnout-name = Seated hamstring stretch, leg turned out
stretch-seated-hamstring-turnout-cue = reach toward its toes
stretch-seated-hamstring-turnout-step-1 = Sit on the floor with both legs stretched out in front of you.
stretch-seated-hamstring-turnout-step-2 = Turn your { $side_word } leg slightly outward from the hip, so its toes point out a little.
stretch-seated-hamstring-turnout-step-3 = Sit tall, then lean forward from the hips with a straight back, reaching toward your { $side_word } toes.
stretch-seated-hamstring-turnout-step-4 = Stop where you feel a gentle stretch at the top of the back of your { $side_word } thigh.
stretch-seated-hamstring-turnout-hold-cue = Breathe deeply and ease in a little each time you breathe out.
stretch-seated-hamstring-turnout-release = Sit up slowly.

## pigeon-pose
stretch-pigeon-pose-name = Pigeon pose
stretch-pigeon-pose-cue = front shin under you, back leg long
stretch-pigeon-pose-step-1 = Start on your hands and knees, on a mat or rug.
stretch-pigeon-pose-step-2 = Bring your { $side_word } knee forward behind your { $side_word } wrist, the shin angled across under you.
stretch-pigeon-pose-step-3 = Slide your { $other_word } leg straight back, the top of the foot flat on the floor.
stretch-pigeon-pose-step-4 = Square your hips to the front as far as is comfortable, hands under your shoulders.
stretch-pigeon-pose-step-5 = If the stretch is strong, stay here; for more, walk your hands forward and lower your chest.
stretch-pigeon-pose-hold-cue = Breathe deeply and let your { $side_word } hip sink a little each time you breathe out.
stretch-pigeon-pose-release = Press up through your hands, tuck your back toes and come slowly back onto hands and knees.
stretch-pigeon-pose-caution-1 = Pad your front knee, and leave this one out if that knee hurts.

## reclining-hand-to-big-toe
stretch-reclining-hand-to-big-toe-name = Reclining hand-to-big-toe
stretch-reclining-hand-to-big-toe-cue = on your back, hold one foot, straighten up
stretch-reclining-hand-to-big-toe-step-1 = Lie on your back with both legs long.
stretch-reclining-hand-to-big-toe-step-2 = Breathing in, draw your { $side_word } knee toward your chest.
stretch-reclining-hand-to-big-toe-step-3 = Hold the ball of your { $side_word } foot with your hands, or loop a towel or belt around it if you cannot reach.
stretch-reclining-hand-to-big-toe-step-4 = Breathing out, straighten your { $side_word } leg upward and guide it gently toward you; your { $other_word } leg stays long on the floor.
stretch-reclining-hand-to-big-toe-hold-cue = Feel the stretch from the back of the thigh into the buttock, and let the leg come a little closer each time you breathe out.
stretch-reclining-hand-to-big-toe-release = Bend the knee and lower your foot slowly to the floor.

## seated-forward-bend
stretch-seated-forward-bend-name = Seated forward bend
stretch-seated-forward-bend-cue = legs out, hinge forward, back long
stretch-seated-forward-bend-step-1 = Sit on the floor with both legs straight out in front of you.
stretch-seated-forward-bend-step-2 = Breathe in and lengthen your spine.
stretch-seated-forward-bend-step-3 = Breathe out and hinge at the hips, lowering your chest toward your legs.
stretch-seated-forward-bend-step-4 = Reach forward with a straight back rather than rounding down; rest your hands on your shins or feet.
stretch-seated-forward-bend-hold-cue = Breathe deeply and let the backs of your legs release.
stretch-seated-forward-bend-release = Sit up slowly, leading with your chest.

## seated-twist-hamstring
stretch-seated-twist-hamstring-name = Seated hamstring twist
stretch-seated-twist-hamstring-cue = lean over the long leg, turn toward it
stretch-seated-twist-hamstring-step-1 = Sit on the floor with your { $side_word } leg out straight and your { $other_word } knee bent, its sole against your { $side_word } inner thigh.
stretch-seated-twist-hamstring-step-2 = Sit tall, then lean forward from the hips over your { $side_word } leg.
stretch-seated-twist-hamstring-step-3 = Turn your chest gently toward your { $side_word } leg and reach your { $other_word } hand to the outside of your { $side_word } shin or foot.
stretch-seated-twist-hamstring-step-4 = Rest your { $side_word } hand on the floor beside your hip.
stretch-seated-twist-hamstring-hold-cue = Keep the twist small and your back long; ease deeper only as the muscles let go.
stretch-seated-twist-hamstring-release = Turn back to the front, then sit up slowly.

## What a stretch of the user's own says when its config gives no hold cue or no way out.
stretch-custom-hold-cue = Hold still where you feel a gentle pull, and breathe slowly.
stretch-custom-release = Come out of the stretch slowly.
