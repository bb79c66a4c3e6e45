# Arabic translation; wants a native speaker's review.
# Commands, options and values (`limber list`, --here, DURATION, 45m) stay as written.

cli-help = limber: إطالة المنطقة التي تلتقي فيها العضلات الخلفية للفخذ بالعضلات الألوية، مرة كل ساعة جلوس.
    .long = شغّل limber دون أمر ليعمل في علبة النظام (عادةً عند تسجيل الدخول)؛ ويعرض `limber open` نافذته كما تفعل قائمة التطبيقات. أما الأوامر الأخرى فتخاطب limber العامل، أو تعمل وحدها حيث يكون ذلك منطقيًا.
    .arg-config = استخدام ملف الإعدادات هذا بدلًا من $XDG_CONFIG_HOME/limber/config.toml
    .arg-help = طباعة المساعدة
    .arg-version = طباعة الإصدار
    .help = طباعة هذه الرسالة أو مساعدة الأمر المحدد
    .open = فتح نافذة limber: الوضع الحالي، والإطالة التالية، وكل ما تقدمه علبة النظام (ويشغّل limber أولًا إن لم يكن يعمل)
    .status = عرض وقت الجلوس، والتذكير التالي، وما إذا كان limber متوقفًا مؤقتًا أو في غفوة
    .status-arg-json = طباعة كائن JSON واحد بدلًا من النص
    .stretch = بدء إطالة الآن (التالية في الدور، أو المسماة)
    .stretch-arg-id = معرّف إطالة من `limber list`
    .stretch-arg-here = فتح نافذة المؤقت من هذه العملية بدلًا من طلبها من limber العامل
    .stretch-arg-ready = مع --here: الانتظار على شاشة «جاهز» حتى يُضغط «بدء»
    .snooze = تأجيل التذكير الحالي، أو التالي (المدة الافتراضية من الإعدادات)
    .snooze-arg-duration = المدة، مثل 10m أو 1h أو 90s (من 5 ثوانٍ إلى 8 ساعات)
    .skip = رفض التذكير الحالي؛ ويأتي التالي بعد فترة كاملة أخرى
    .pause = إيقاف التذكيرات لبعض الوقت (حتى `limber resume` إن لم تُحدَّد مدة)
    .pause-arg-duration = المدة، مثل 30m أو 2h (من 5 ثوانٍ إلى 7 أيام)
    .pause-arg-until_tomorrow = حتى الساعة 04:00 من الغد
    .resume = إنهاء الإيقاف المؤقت
    .list = عرض قائمة الإطالات: المدمجة وإطالاتك الخاصة
    .stats = ما أنجزته: التذكيرات، والإطالات، والغفوات، والتخطيات، وأطول فترة جلوس متواصل؛ أو أسبوعك في صورة؛ أو سجلّك لتأخذه معك بصيغة JSON أو CSV
    .stats-arg-week = الأيام السبعة الأخيرة، يومًا بيوم
    .stats-arg-show = عرض أسبوعك في نافذة: الجلوس في كل ساعة، والإطالات، والتذكيرات المُرجأة، والسلاسل
    .stats-arg-json = طباعة الأيام والأحداث في مستند JSON واحد (المخطط: docs/export.md)
    .stats-arg-csv = طباعة الأحداث بصيغة CSV، صفًّا لكل حدث (المخطط: docs/export.md)
    .stats-arg-since = مع --json أو --csv: من هذا اليوم فصاعدًا فقط (YYYY-MM-DD، حسب تقويمك)
    .config = التعامل مع ملف الإعدادات
    .config-path = طباعة موضع ملف الإعدادات الذي يُقرأ
    .config-check = فحص ملف الإعدادات والإبلاغ عن أول مشكلة فيه مع سطرها وعمودها
    .config-init = كتابة ملف الإعدادات الافتراضي الموثّق (لا يستبدل ملفًا موجودًا أبدًا)
    .autostart = تشغيل limber عند تسجيل الدخول أو إيقاف ذلك (وهو المفتاح نفسه الذي في «التشغيل عند تسجيل الدخول» في علبة النظام)
    .autostart-enable = تشغيل limber عند تسجيل دخولك
    .autostart-disable = عدم تشغيل limber عند تسجيل دخولك
    .autostart-status = بيان ما إذا كان limber يبدأ عند تسجيل الدخول، وبسبب أي ملف
    .quit = إيقاف limber العامل
cli-window-about = نوافذ limber: يشغّلها limber من أجل `open` و`stretch --here` و`stats --show`
cli-heading-usage = الاستخدام
cli-heading-commands = الأوامر
cli-heading-arguments = المعاملات
cli-heading-options = الخيارات

## What the commands print. Errors follow "limber: ".
cli-could-not-write = تعذّرت كتابة { $path }: { $problem }
cli-cannot-write-output = تعذّرت كتابة المخرجات: { $problem }
cli-window-only = { $program } لا يعرض إلا نوافذ limber (`open` و`stretch --here` و`stats --show`)؛ شغّل `limber` لكل ما عدا ذلك

## limber list
cli-list-heading-id = المعرّف
cli-list-heading-name = الاسم
cli-list-heading-where = الوضعية
cli-list-heading-hold = الثبات
cli-list-heading-sides = الجوانب
cli-list-each-side = لكل جانب
cli-list-once = مرة واحدة
cli-list-off = معطّلة
cli-list-hold-grown = { $hold } (+{ $added })

## limber stats
cli-stats-today = اليوم ({ $day })
cli-stats-last-seven-days = آخر 7 أيام
cli-stats-reminders = التذكيرات
cli-stats-done = الإطالات المنجزة
cli-stats-stopped-early = المنتهية مبكرًا
cli-stats-snoozed = الغفوات
cli-stats-skipped = المتخطّاة
cli-stats-dismissed = المُغلقة دون رد
cli-stats-stretching = وقت الإطالة
cli-stats-longest-sitting = أطول جلوس متواصل
cli-stats-week-day = اليوم
cli-stats-week-reminders = التذكيرات
cli-stats-week-done = المنجزة
cli-stats-week-snoozed = الغفوات
cli-stats-week-skipped = المتخطّاة
cli-stats-week-stretched = وقت الإطالة
cli-stats-week-longest-sitting = أطول جلوس
cli-history-unreadable = تعذّرت قراءة السجل: { $problem }
cli-history-damaged-line = { $path }:{ $line }: تُخطّي سطر تالف ({ $reason })
cli-history-more-damaged = { $path }: { $count ->
        [one] تُخطّي سطر تالف آخر
        [two] تُخطّي سطران تالفان آخران
        [few] تُخطّيت { $count } أسطر تالفة أخرى
        [many] تُخطّي { $count } سطرًا تالفًا آخر
       *[other] تُخطّي { $count } سطر تالف آخر
    }
cli-history-left-out = { $path }: { $count ->
        [one] استُبعد حدث واحد أوقاته مستحيلة لأي إطالة أو فترة جلوس حقيقية
        [two] استُبعد حدثان أوقاتهما مستحيلة لأي إطالة أو فترة جلوس حقيقية
        [few] استُبعدت { $count } أحداث أوقاتها مستحيلة لأي إطالة أو فترة جلوس حقيقية
        [many] استُبعد { $count } حدثًا أوقاتها مستحيلة لأي إطالة أو فترة جلوس حقيقية
       *[other] استُبعد { $count } حدث أوقاتها مستحيلة لأي إطالة أو فترة جلوس حقيقية
    }

## limber config check|init
cli-config-ok = { $path }: سليم
cli-config-absent = { $path }: غير موجود؛ يستخدم limber الإعدادات الافتراضية
cli-config-exists = { $path } موجود بالفعل؛ وقد تُرك كما هو
cli-config-written = كُتب ملف الإعدادات الافتراضي في { $path }

## limber autostart
cli-autostart-systemd-too = وحدة systemd للمستخدم limber.service مفعّلة أيضًا: نفّذ `systemctl --user disable limber.service` إن أردت أن تكون هذه الطريقة الوحيدة لبدء limber (فأي بدء ثانٍ لن يجد إلا limber يعمل بالفعل).

## limber stretch
cli-stretch-unknown = لا توجد إطالة باسم "{ $id }"؛ يعرضها `limber list` كلها
cli-stretch-none-enabled = لا توجد إطالة مفعّلة للوضعيات المحددة في إعداداتك

## limber open
cli-open-not-running = limber لا يعمل
cli-open-next = الإطالة التالية
cli-open-stretching-now = الإطالة جارية الآن
cli-open-due-now = حان وقتها الآن
cli-open-no-status = ردّ limber دون أن يذكر حالته
cli-open-opened-settings = فُتح { $path } في محررك.
cli-open-opened-week = فُتح أسبوعك.
cli-open-week-failed = تعذّر فتح أسبوعك: { $problem }
