# Arabic translation; wants a native speaker's review.

## The timer window

window-title = limber — { $stretch }

window-phase-setup = اتخذ الوضعية
window-phase-setup-side = { $side ->
    [right] اتخذ الوضعية: الجانب الأيمن
   *[left] اتخذ الوضعية: الجانب الأيسر
}
window-phase-hold = حافظ على الوضعية
window-phase-hold-side = { $side ->
    [right] حافظ على الوضعية: الجانب الأيمن
   *[left] حافظ على الوضعية: الجانب الأيسر
}
window-phase-switch = { $side ->
    [right] انتقل إلى الجانب الأيمن
   *[left] انتقل إلى الجانب الأيسر
}
window-phase-come-out = اخرج من الوضعية ببطء
window-phase-done = انتهت الإطالة

window-where-and-how-long = { $per_side ->
    [yes] { $place } · { $seconds } ث لكل جانب
   *[no] { $place } · { $seconds } ث
}
window-where-and-how-long-grew = { $per_side ->
    [yes] { $place } · مدة جديدة: { $seconds } ث لكل جانب — أدّيت هذه الإطالة { $count ->
        [one] مرة واحدة
        [two] مرتين
        [few] { $count } مرات
       *[other] { $count } مرة
    }
   *[no] { $place } · مدة جديدة: { $seconds } ث — أدّيت هذه الإطالة { $count ->
        [one] مرة واحدة
        [two] مرتين
        [few] { $count } مرات
       *[other] { $count } مرة
    }
}

window-breathe-in = شهيق…
window-breathe-out = زفير…
window-ready = ابدأ متى شئت
window-until-hold = حتى بدء الثبات
window-until-come-out = حتى الخروج من الوضعية
window-paused = متوقف مؤقتًا
window-ring-done = تم
window-ring-held = الثبات: { $held }
window-ring-held-in-all = مجموع الثبات

window-held-seconds = { $seconds } ث
window-held-minutes-seconds = { $minutes } د { $seconds } ث

window-end-done-title = أحسنت
window-end-stopped-title = انتهت مبكرًا
window-today-of-goal = { $done } من { $goal } اليوم
window-today-past-goal = { $done } اليوم (الهدف: { $goal })
window-end-done-body = مدة ثباتك { $held }. بين الإطالات، انهض وامشِ بضع دقائق كل ساعة.
window-end-stopped-body = { $held_of } كل جهد يُحسب؛ في المرة القادمة حاول إكمال مدة الثبات كاملة. بين الإطالات، انهض وامشِ بضع دقائق كل ساعة.
window-held-of-sides = { $first_side ->
    [right] مدة ثباتك { $first } من { $hold } ث على الجانب الأيمن، و{ $second } من { $hold } ث على الأيسر.
   *[left] مدة ثباتك { $first } من { $hold } ث على الجانب الأيسر، و{ $second } من { $hold } ث على الأيمن.
}
window-held-of = مدة ثباتك { $held } من { $planned } ث.

window-button-start = بدء
window-button-in-position = اتخذتُ الوضعية
window-button-pause = إيقاف مؤقت
window-button-resume = استئناف
window-button-extend = +{ $seconds } ث
window-button-skip = تخطٍّ
window-button-done = تم
window-button-close = إغلاق

window-step-number = { $number }.

## What a screen reader hears in the timer window

window-key-enter = إدخال
window-key-space = مسافة
window-key-escape = هروب
window-key-left = يسار
window-key-right = يمين
window-countdown-read = { $countdown } { $caption }
window-steps = الخطوات
window-cautions = تحذيرات
window-say-phase = { $phase }. { $seconds ->
    [zero] انتهى الوقت
    [one] بقيت ثانية واحدة
    [two] بقيت ثانيتان
    [few] بقيت { $seconds } ثوانٍ
   *[other] بقيت { $seconds } ثانية
}
window-say-seconds-left = { $seconds ->
    [zero] انتهى الوقت
    [one] بقيت ثانية واحدة
    [two] بقيت ثانيتان
    [few] بقيت { $seconds } ثوانٍ
   *[other] بقيت { $seconds } ثانية
}
window-say-paused = تم الإيقاف المؤقت
window-say-resumed = تم الاستئناف

## The control window

window-control-back = ‹ رجوع

## The week picture

window-week-title = limber — أسبوعك
window-week-heading-this = أسبوعك
window-week-heading-before = الأسبوع السابق
window-week-subtitle = { $range } · دقائق الجلوس في كل ساعة، { $from }–{ $to }
window-week-range = { $first } – { $last }
window-week-hint = أشِر إلى ساعة، أو استخدم مفاتيح الأسهم، لترى ما حدث فيها.
window-week-hint-approximate = أشِر إلى ساعة، أو استخدم مفاتيح الأسهم، لترى ما حدث فيها. الجلوس المسجّل قبل أن يحفظ limber أوقات فترات الجلوس موضوع حيث لوحظت كل استراحة.
window-week-step-none = لا شيء
window-week-step-under-15 = أقل من 15
window-week-step-15-30 = 15–30
window-week-step-30-45 = 30–45
window-week-step-45-60 = 45–60 د
window-week-legend-done = إطالة منجزة
window-week-legend-held = تذكير مُرجأ
window-week-button-before = الأسبوع السابق
window-week-button-this = هذا الأسبوع

window-week-hour-span = { $day }، { $from }–{ $to }
window-week-hour-future = { $span }: لم تأتِ بعد
window-week-hour = { $span }: { $what }
window-week-no-sitting = لا جلوس
window-week-sat = جلوس { $length }
window-week-stretches-done = { $count ->
    [zero] لا إطالات منجزة
    [one] إطالة واحدة منجزة
    [two] إطالتان منجزتان
    [few] { $count } إطالات منجزة
   *[other] { $count } إطالة منجزة
}
window-week-held-one = تذكير مُرجأ { $span } بسبب { $reasons }
window-week-held-many = { $count ->
    [two] تذكيران مُرجآن: { $holds }
    [few] { $count } تذكيرات مُرجأة: { $holds }
    [many] { $count } تذكيرًا مُرجأً: { $holds }
   *[other] { $count } تذكير مُرجأ: { $holds }
}
window-week-held-each = { $span } بسبب { $reasons }
window-week-reason-call = مكالمة
window-week-reason-do-not-disturb = وضع «عدم الإزعاج»
window-week-reason-fullscreen = نافذة بملء الشاشة
window-week-reason-gnome-break = استراحة GNOME
window-week-reason-busy = الانشغال

window-week-day-total = { $sat } · { $done }/{ $goal }
window-week-short-hours = { $hours } س { $minutes }
window-week-short-minutes = { $minutes } د
window-week-day-total-read = { $day }: { $total }

window-week-today-under = إطالات اليوم: { $done } من { $goal }. ينصح المقال بإطالتين على الأقل يوميًا.
window-week-today-met = إطالات اليوم: { $done } من { $goal }، وتحقق الهدف.
window-week-today-past = إطالات اليوم: { $done }، أكثر من الهدف ({ $goal }).
window-week-streak-none = السلسلة: لم تبدأ بعد؛ تبدأ حين تبلغ الهدف ({ $goal }) في يوم عمل.
window-week-streak = { $days ->
    [one] السلسلة: يوم عمل واحد بلغت فيه الهدف ({ $goal }).
    [two] السلسلة: يوما عمل متتاليان بلغت فيهما الهدف ({ $goal }).
    [few] السلسلة: { $days } أيام عمل متتالية بلغت فيها الهدف ({ $goal }).
    [many] السلسلة: { $days } يوم عمل متتاليًا بلغت فيها الهدف ({ $goal }).
   *[other] السلسلة: { $days } يوم عمل متتالٍ بلغت فيها الهدف ({ $goal }).
}
window-week-longest = أطول جلوس هذا الأسبوع: { $length }، { $when }.
window-week-longest-when = { $day } { $span }
window-week-longest-none = أطول جلوس هذا الأسبوع: لم يُسجَّل شيء.

window-week-column-this = هذا الأسبوع
window-week-column-before = الأسبوع السابق
window-week-figure-done = الإطالات المنجزة
window-week-figure-sitting = وقت الجلوس
window-week-figure-goal = تحقيق الهدف
window-week-figure-longest = أطول جلوس
window-week-goal-days = { $met } من { $days ->
    [one] يوم عمل واحد
    [two] يومَي عمل
    [few] { $days } أيام عمل
   *[other] { $days } يوم عمل
}
window-week-longest-nothing = لا شيء
window-week-comparison-read = { $this } و{ $before }
window-week-comparison-row-read = { $figure }: { $now } { $this }، { $then } { $before }
