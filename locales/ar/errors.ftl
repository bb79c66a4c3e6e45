# Arabic translation; wants a native speaker's review.

## التواصل مع limber الذي يعمل.
error-not-running = limber لا يعمل (شغّله بالأمر `limber`)
error-other-user = لن يتواصل limber مع { $socket }: يخدمه مستخدم آخر (uid { $uid })، لا limber الخاص بك
error-cannot-talk = تعذّر التواصل مع limber: { $error }
error-no-answer = لم يُجب limber خلال { $seconds } ث
error-odd-answer = أجاب limber بشيء غير متوقع: «{ $answer }»

## ما يرفضه limber الذي يعمل.
error-not-paused = limber ليس متوقفًا مؤقتًا.
error-nothing-enabled = لا توجد تمارين تمدد مفعّلة للوضعيات المذكورة في إعداداتك.
error-stretch-under-way = هناك تمرين تمدد جارٍ بالفعل ({ $current }).
error-not-the-stretch-under-way = «{ $id }» ليس تمرين التمدد الجاري ({ $current }).
error-nothing-due = لا يوجد تذكير مستحق. لتأجيل التذكير التالي، استخدم `limber snooze`.
error-no-such-stretch = لا يوجد تمرين تمدد باسم «{ $id }»؛ يعرضها `limber list` جميعًا.

## ملف لا يقرؤه limber.
error-not-a-file = هذا { $kind ->
        [folder] مجلد
        [fifo] أنبوب مسمّى (FIFO)
        [socket] مقبس
        [device] جهاز
       *[other] شيء غير الملف
    }، وليس ملفًا عاديًا
error-file-too-large = هذا الملف أكبر من { $size }، أي أكثر مما يكتبه limber أو يقرؤه أبدًا
error-cannot-read = تتعذّر قراءته: { $error }
error-size-mib = { $count } MiB
error-size-kib = { $count } KiB
error-size-bytes = { $count ->
        [zero] { $count } بايت
        [one] بايت واحد
        [two] بايتان
        [few] { $count } بايتات
        [many] { $count } بايتًا
       *[other] { $count } بايت
    }
error-not-utf8 = { $path } ليس نصًا بترميز UTF-8
error-no-folder = { $path } ليس في أي مجلد

## الحالة المحفوظة والسجل.
error-state-unreadable = تعذّرت قراءة الحالة المحفوظة في { $path }: { $reason }
error-history-line-too-long = أطول من { $kib } KiB، ولا يبلغ أي حدث هذا الطول
error-history-cannot-read-on = تعذّرت متابعة القراءة: { $error }
error-history-line-incomplete = السطر الأخير ناقص (توقف limber أثناء كتابته)

## مجلد التشغيل.
error-runtime-folder-refused = يرفض limber مجلد التشغيل { $path }: { $why }؛ يجب أن يكون مجلدًا لا يستخدمه أحد غيرك (احذفه، أو اجعل XDG_RUNTIME_DIR يشير إلى مجلد كهذا)
error-runtime-folder-link = إنه رابط رمزي
error-runtime-folder-not-a-folder = إنه ليس مجلدًا
error-runtime-folder-owner = يملكه مستخدم آخر (uid { $uid })
error-runtime-folder-open = إنه مفتوح لمستخدمين آخرين (الصلاحيات { $mode })
error-no-home = لم يُضبط { $variable } ولا HOME
error-no-home-folder = تعذّر العثور على مجلدك الشخصي

## التشغيل عند تسجيل الدخول.
error-autostart-cannot-change = يتعذّر تغيير { $place }: { $error }
error-autostart-where-installed = يتعذّر معرفة مكان تثبيت limber: { $error }

## تشغيل برنامج، والنوافذ.
error-cannot-start-limber = تعذّر تشغيل limber: { $error }
error-cannot-start-program = يتعذّر تشغيل { $program }: { $error }
error-window-cannot-open = يتعذّر فتح نافذة: { $error }
error-window-failed = فشلت النافذة: { $error }
error-window-cannot-draw = يتعذّر الرسم: { $error }
error-window-too-large = النافذة أكبر من أن تُرسم
error-window-helper = يتعذّر البدء: { $error }
