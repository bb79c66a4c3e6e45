# Arabic translation; wants a native speaker's review.

## The reminder: a notification with buttons.

reminder-summary = حان وقت الإطالة · الجلوس: { $sitting }

# Body: at most 100 characters; Arabic has no capitals, so the name is kept as written.
reminder-body = { $lead }: { $stretch }، { $per_side ->
        [yes] { $hold_secs } ث لكل جانب
       *[no] الثبات { $hold_secs } ث
    }. { $cue }.
    .stretch-case = keep

reminder-start = بدء
reminder-snooze = غفوة { $length }
reminder-skip = تخطٍّ

reminder-no-tray = لا تظهر أيقونة في علبة النظام هنا: افتح limber من قائمة تطبيقاتك (وانقر عليه بالزر الأيمن لتجد «غفوة» و«إيقاف مؤقت»).
reminder-no-tray-gnome = لا تظهر أيقونة في علبة النظام هنا: افتح limber من قائمة تطبيقاتك (وانقر عليه بالزر الأيمن لتجد «غفوة» و«إيقاف مؤقت»). امتداد AppIndicator في GNOME يُظهر الأيقونة في الشريط العلوي.

reminder-config-kept = احتفظ limber بإعداداتك السابقة

## The tray's first line.

reminder-held-until = تذكير الإطالة مُرجأ حتى { $reasons }
reminder-held = تذكير الإطالة مُرجأ إلى وقت أنسب
reminder-held-until-call = تنتهي المكالمة
reminder-held-until-fullscreen = تخرج من وضع ملء الشاشة
reminder-held-until-do-not-disturb = يُعطَّل وضع «عدم الإزعاج»
reminder-held-until-gnome-break = يمضي وقت كافٍ على استراحة GNOME

tray-status-stretching = الإطالة جارية: { $stretch }
tray-status-stretching-unnamed = الإطالة جارية
tray-status-due = حان وقت الإطالة: { $stretch }
tray-status-due-unnamed = حان وقت الإطالة
tray-status-paused = متوقف مؤقتًا
tray-status-paused-until = متوقف مؤقتًا حتى { $day ->
        [today] الساعة { $time }
       *[other] { $day } الساعة { $time }
    }
tray-status-on-break = في استراحة
tray-status-sitting = الجلوس: { $sitting }
tray-status-next = الجلوس: { $sitting } · الإطالة التالية بعد { $left }
tray-status-snoozed = الجلوس: { $sitting } · في غفوة، الإطالة التالية بعد { $left }
tray-status-off-until = الجلوس: { $sitting } · خارج ساعات العمل حتى { $day ->
        [today] الساعة { $time }
       *[other] { $day } الساعة { $time }
    }
tray-status-beside-gnome-breaks = { $line } · إلى جانب استراحات GNOME

## The tray's menu.

tray-stretch-now = إطالة الآن
tray-stretch-choose = اختيار إطالة…
tray-stretch-choice = { $stretch } ({ $position })
tray-snooze = غفوة
tray-pause = إيقاف مؤقت
tray-pause-minutes = { $minutes ->
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $minutes } دقائق
       *[other] { $minutes } دقيقة
    }
tray-pause-hours = { $hours ->
        [one] ساعة واحدة
        [two] ساعتان
        [few] { $hours } ساعات
       *[other] { $hours } ساعة
    }
tray-pause-until-tomorrow = حتى الغد
tray-resume = استئناف
tray-remind-anyway = ذكّرني اليوم على أي حال
tray-your-week = أسبوعك…
tray-start-at-login = التشغيل عند تسجيل الدخول
tray-open-settings = فتح الإعدادات
tray-quit = إنهاء
tray-tooltip = limber · { $status }

## What the daemon answers a command, or says when started twice.

daemon-too-many-windows = نوافذ المؤقت المفتوحة كثيرة جدًا (الحد الأقصى { $max }).
daemon-window-failed = تعذّر فتح نافذة المؤقت ({ $error })، فلم تبدأ الإطالة.
daemon-window-taken = نافذة مؤقت أخرى تعرض بالفعل الإطالة الجارية.
# $why is a reason from config.ftl; Arabic sets it after a colon.
daemon-snooze-refused = غفوة مدتها { $secs } ث غير مقبولة: { $why }.
daemon-pause-refused = إيقاف مؤقت مدته { $secs } ث غير مقبول: { $why }.
daemon-already-running = limber يعمل بالفعل
daemon-already-running-elsewhere = limber يعمل بالفعل في العملية { $pid } على { $socket }؛ والأوامر المنفذة هنا تبحث عنه على { $ours }: شغّلها مع XDG_RUNTIME_DIR={ $folder }
daemon-already-running-unreachable = limber يعمل بالفعل في العملية { $pid }، ولا يمكن لأي أمر الوصول إليه: فقد رُفض مجلد التشغيل الخاص به (يذكر سجله السبب)
daemon-running-elsewhere = limber يعمل في العملية { $pid } على { $socket }؛ والأوامر المنفذة هنا تبحث عنه على { $ours }: شغّلها مع XDG_RUNTIME_DIR={ $folder }
daemon-running-unreachable = limber يعمل في العملية { $pid }، ولا يمكن لأي أمر الوصول إليه: فقد رُفض مجلد التشغيل الخاص به (يذكر سجله السبب)

daemon-cannot-start = تعذّر البدء: { $problem }
daemon-running-on-defaults = يعمل بالإعدادات الافتراضية إلى أن يُصلَح الملف
daemon-cannot-serve = تعذّر خدمة { $socket }: { $error }
daemon-event-loop-cannot-start = تعذّر بدء حلقة الأحداث: { $error }
daemon-event-loop-failed = فشلت حلقة الأحداث: { $error }

## `limber autostart status`, and after switching it.

autostart-on-ours = التشغيل عند تسجيل الدخول: مفعّل ({ $path })
autostart-off = التشغيل عند تسجيل الدخول: معطّل
autostart-off-ours = التشغيل عند تسجيل الدخول: معطّل ({ $path })
autostart-on-users = التشغيل عند تسجيل الدخول: مفعّل (ملفك الخاص، { $path })
autostart-off-users = التشغيل عند تسجيل الدخول: معطّل (ملفك الخاص، { $path })
autostart-on-system = التشغيل عند تسجيل الدخول: مفعّل (ملف على مستوى النظام، { $path })
autostart-off-system = التشغيل عند تسجيل الدخول: معطّل (ملف على مستوى النظام، { $path })
autostart-on-platform = التشغيل عند تسجيل الدخول: مفعّل ({ $place })
autostart-off-platform = التشغيل عند تسجيل الدخول: معطّل ({ $place })
