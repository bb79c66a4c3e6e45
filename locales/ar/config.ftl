# Arabic translation; wants a native speaker's review.
# Keys, quoted values and TOML syntax stay as written in the file.

config-break-after-not-shorter = يجب أن يكون break_after ({ $break_after }) أقصر من reminder.every ({ $every })، وإلا لحُسب كل توقف استراحة
config-not-utf8 = ترميز UTF-8 غير صالح: يجب أن يكون ملف TOML نصًا بترميز UTF-8
config-unknown-language = language = "{ $language }" ليست لغة يتحدثها limber؛ استخدم إحدى هذه: { $known }

## Durations. Arabic sets $reason after a colon.
config-duration-invalid = { $key } = "{ $value }" غير صالح: { $reason }
config-duration-not-a-duration = ليست مدة: { $why }؛ اكتب شيئًا مثل "45m" أو "1h 30m" أو "20s"
config-duration-months = ليست مدة: "M" تعني الأشهر؛ للدقائق اكتب "m"
config-duration-calendar-unit = ليست مدة: "{ $unit }" وحدة أطول من اللازم؛ استخدم s أو m أو h أو d، مثل "2h" أو "1d"
config-duration-not-whole = ليست عددًا صحيحًا من الثواني: يحسب limber بالثواني
config-duration-out-of-range = خارج النطاق: المتوقع بين { $min } و{ $max }
config-duration-why-empty = القيمة فارغة
config-duration-why-too-large = العدد كبير جدًا
config-duration-why-unknown-unit = "{ $unit }" ليست وحدة زمنية
config-duration-why-negative = لا يمكن أن تكون سالبة
config-duration-why-expected-number = المتوقع عدد ووحدة عند "{ $at }"
config-expected-duration = مدة بين علامتي اقتباس، مثل "45m" أو "1h" أو "20s"
config-expected-list = قائمة بين قوسين مربعين، مثل ["a", "b"]
config-expected-tables = قائمة جداول: ابدأ كل إطالة خاصة بـ [[stretches.custom]]، بين قوسين مزدوجين

## Working hours, like "Mon-Fri 09:00-17:30".
config-hours-expected = المتوقع أيام وساعات مثل "Mon-Fri 09:00-17:30"
config-hours-24-only-ends = لا يمكن أن تأتي 24:00 إلا في نهاية فترة
config-hours-end-after-start = يجب أن تكون النهاية بعد البداية
config-hours-end-at-midnight = للانتهاء عند منتصف الليل، اكتب 24:00: "{ $evening }"
config-hours-cross-midnight = لا يمكن لفترة أن تتجاوز منتصف الليل؛ اكتبها بندين: "{ $evening }"، "{ $morning }"
config-hours-unknown-day = يوم غير معروف "{ $day }": استخدم Mon أو Tue أو Wed أو Thu أو Fri أو Sat أو Sun أو Daily
config-hours-bad-time = "{ $time }" ليس وقتًا من اليوم مثل 09:00 أو 17:30

## The [stretches] table and custom stretches.
config-stretch-id-built-in = معرّف الإطالة الخاصة "{ $id }" هو معرّف إطالة مدمجة بالفعل؛ اختر معرّفًا آخر
config-stretch-id-twice = معرّف الإطالة الخاصة "{ $id }" مستخدم مرتين
config-disabled-unknown-id = معرّف إطالة غير معروف "{ $id }" في disabled؛ يعرض `limber list` المعرّفات
config-nothing-left = لم تبقَ إطالة يمكن اقتراحها مع هذه الوضعيات والمعرّفات المعطّلة؛ اسمح بوضعية أخرى أو فعّل إطالة
config-positions-empty = positions فارغ: اذكر واحدة على الأقل من "chair" و"standing" و"floor"
config-stretch-id-shape = يجب أن يكون معرّف الإطالة "{ $id }" بصيغة kebab-case، وألّا يتجاوز { $max ->
        [one] حرفًا واحدًا
        [two] حرفين
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    }، مثل "my-hip-stretch"
config-steps-count = يجب أن تذكر steps من 1 إلى { $max } من التعليمات بالترتيب؛ والمذكور الآن { $count }
config-cautions-count = لا يجوز أن تذكر cautions أكثر من { $max ->
        [one] تحذير إضافي واحد
        [two] تحذيرين إضافيين
        [few] { $max } تحذيرات إضافية
        [many] { $max } تحذيرًا إضافيًا
       *[other] { $max } تحذير إضافي
    }
config-text-empty = { $key ->
        [steps] يجب ألّا تكون أي خطوة فارغة
        [cautions] يجب ألّا يكون أي تحذير فارغًا
       *[other] يجب ألّا يكون { $key } فارغًا
    }
config-text-too-long = يجب أن { $key ->
        [steps] تكون كل خطوة
        [cautions] يكون كل تحذير
       *[other] يكون { $key }
    } سطرًا واحدًا لا يتجاوز { $max ->
        [one] حرفًا واحدًا
        [two] حرفين
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    }
config-text-control = يجب ألّا { $key ->
        [steps] تحتوي أي خطوة
        [cautions] يحتوي أي تحذير
       *[other] يحتوي { $key }
    } على محارف تحكّم أو محارف تجاوز الاتجاه (وُجد المحرف U+{ $code })
