<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km_KH">
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Riel (៛)</source>
        <translation>រៀល (៛)</translation>
    </message>
    <message>
        <source>US dollars ($)</source>
        <translation>ដុល្លារអាមេរិក ($)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>រូបិយប័ណ្ណ</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>សមតុល្យដើមគ្រា</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>ថ្ងៃបើក</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>សមតុល្យ</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>ថ្ងៃបិទ</translation>
    </message>
    <message>
        <source>Close the account</source>
        <translation>បិទគណនី</translation>
    </message>
    <message>
        <source>Close “%s” for good? It stays in the reports, but no money can be recorded in it any more.</source>
        <translation>តើអ្នកចង់បិទគណនី «%s» ជាស្ថាពរមែនទេ? គណនីនេះនៅតែមានក្នុងរបាយការណ៍ ប៉ុន្តែមិនអាចកត់ត្រាប្រាក់ក្នុងគណនីនេះទៀតបានទេ។</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>គណនី</translation>
    </message>
    <message>
        <source>Each cash box, bank account or mobile-money wallet holds one currency. Keep cash and bank apart: the financial policy asks for it.</source>
        <translation>ប្រអប់សាច់ប្រាក់ គណនីធនាគារ ឬគណនីប្រាក់តាមទូរស័ព្ទនីមួយៗ ប្រើរូបិយប័ណ្ណតែមួយប៉ុណ្ណោះ។ សូមរក្សាសាច់ប្រាក់ និងប្រាក់នៅធនាគារ ដាច់ដោយឡែកពីគ្នា៖ គោលនយោបាយហិរញ្ញវត្ថុតម្រូវឱ្យធ្វើដូច្នេះ។</translation>
    </message>
    <message>
        <source>C&amp;lose the account…</source>
        <translation>បិទគណនី (&amp;l)…</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>គណនីថ្មី</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>ឈ្មោះ (&amp;N)៖</translation>
    </message>
    <message>
        <source>For example: ACLEDA – dollars</source>
        <translation>ឧទាហរណ៍៖ ACLEDA – ដុល្លារ</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ប្រភេទ (&amp;K)៖</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>រូបិយប័ណ្ណ (&amp;C)៖</translation>
    </message>
    <message>
        <source>&amp;Opening balance:</source>
        <translation>សមតុល្យដើមគ្រា (&amp;O)៖</translation>
    </message>
    <message>
        <source>on &amp;date:</source>
        <translation>នៅថ្ងៃ (&amp;d)៖</translation>
    </message>
    <message>
        <source>&amp;Add the account</source>
        <translation>បន្ថែមគណនី (&amp;A)</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>Due</source>
        <translation>កាលកំណត់</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>ការងារត្រូវធ្វើ</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>អ្នកទទួលខុសត្រូវ</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>សម្រេចនៅកិច្ចប្រជុំ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message numerus="yes">
        <source>Open, %n day(s) late</source>
        <translation>
            <numerusform>មិនទាន់ធ្វើរួច យឺត %n ថ្ងៃ</numerusform>
            <numerusform>មិនទាន់ធ្វើរួច យឺត %n ថ្ងៃ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>(none)</source>
        <translation>(គ្មាន)</translation>
    </message>
    <message>
        <source>New activity – plan %s</source>
        <translation>សកម្មភាពថ្មី – ផែនការ %s</translation>
    </message>
    <message>
        <source>New activity of the plan %s</source>
        <translation>សកម្មភាពថ្មីនៃផែនការ %s</translation>
    </message>
    <message>
        <source>Activity %s: %s</source>
        <translation>សកម្មភាព %s៖ %s</translation>
    </message>
    <message>
        <source>Activity %s of the plan %s</source>
        <translation>សកម្មភាព %s នៃផែនការ %s</translation>
    </message>
    <message>
        <source>Added by %s on %s.</source>
        <translation>បានបន្ថែមដោយ %s នៅថ្ងៃ %s។</translation>
    </message>
    <message>
        <source>Last changed by %s on %s.</source>
        <translation>បានកែប្រែចុងក្រោយដោយ %s នៅថ្ងៃ %s។</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>សកម្មភាព (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Indicators (%s)</source>
        <translation>សូចនាករ (%s) (&amp;I)</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>ការពិនិត្យឡើងវិញ (&amp;v)</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>លេខកូដ (&amp;C)៖</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ឈ្មោះសកម្មភាព (&amp;T)៖</translation>
    </message>
    <message>
        <source>Guideline c&amp;hapter:</source>
        <translation>ជំពូកនៃគោលការណ៍ណែនាំ (&amp;h)៖</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>គោលបំណង (&amp;G)៖</translation>
    </message>
    <message>
        <source>&amp;Objective or
expected result:</source>
        <translation>វត្ថុបំណង ឬ
លទ្ធផលរំពឹងទុក (&amp;O)៖</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>ទីកន្លែង (&amp;P)៖</translation>
    </message>
    <message>
        <source>I&amp;nputs:</source>
        <translation>ធនធានត្រូវការ (&amp;n)៖</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>អ្នកទទួលខុសត្រូវ (&amp;R)៖</translation>
    </message>
    <message>
        <source>&amp;Monitored by:</source>
        <translation>តាមដានដោយ (&amp;M)៖</translation>
    </message>
    <message>
        <source>&amp;Starts in:</source>
        <translation>ចាប់ផ្ដើមនៅខែ (&amp;S)៖</translation>
    </message>
    <message>
        <source>&amp;Ends in:</source>
        <translation>បញ្ចប់នៅខែ (&amp;E)៖</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>ថវិកា (&amp;B)៖</translation>
    </message>
    <message>
        <source>&amp;Funding source:</source>
        <translation>ប្រភពមូលនិធិ (&amp;F)៖</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>ស្ថានភាព៖</translation>
    </message>
    <message>
        <source>Change s&amp;tatus…</source>
        <translation>ប្ដូរស្ថានភាព (&amp;t)…</translation>
    </message>
    <message>
        <source>A1</source>
        <translation>A1</translation>
    </message>
    <message>
        <source>Training on home gardening</source>
        <translation>វគ្គបណ្ដុះបណ្ដាលស្ដីពីការដាំបន្លែនៅផ្ទះ</translation>
    </message>
    <message>
        <source>A new activity starts as planned; change its status once it is saved.</source>
        <translation>សកម្មភាពថ្មីចាប់ផ្ដើមក្នុងស្ថានភាពគ្រោងទុក។ អ្នកអាចប្ដូរស្ថានភាពរបស់វាបាន បន្ទាប់ពីរក្សាទុករួច។</translation>
    </message>
    <message>
        <source>What the activity measures, with the value before it starts (baseline) and the target. Tick “By sex” for an indicator that counts people: its values are then recorded for women and men.</source>
        <translation>អ្វីដែលសកម្មភាពនេះវាស់វែង ជាមួយតម្លៃមុនពេលសកម្មភាពចាប់ផ្ដើម (ទិន្នន័យមូលដ្ឋាន) និងគោលដៅ។ សូមធីក «តាមភេទ» សម្រាប់សូចនាករដែលរាប់មនុស្ស៖ ពេលនោះ តម្លៃរបស់វានឹងត្រូវកត់ត្រាដាច់ដោយឡែកសម្រាប់ស្ត្រី និងបុរស។</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>សូចនាករ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>ឯកតា</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>ទិន្នន័យ​មូលដ្ឋាន</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>គោលដៅ</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>ភាពញឹកញាប់</translation>
    </message>
    <message>
        <source>By sex</source>
        <translation>តាមភេទ</translation>
    </message>
    <message>
        <source>Values recorded</source>
        <translation>តម្លៃដែលបានកត់ត្រា</translation>
    </message>
    <message>
        <source>A&amp;dd indicator</source>
        <translation>បន្ថែមសូចនាករ (&amp;d)</translation>
    </message>
    <message>
        <source>Remo&amp;ve indicator</source>
        <translation>ដកសូចនាករចេញ (&amp;v)</translation>
    </message>
    <message>
        <source>At the end of the activity: what it achieved, what was hard, what the CBO learned and what it should do next.</source>
        <translation>នៅចុងបញ្ចប់នៃសកម្មភាព៖ អ្វីដែលសម្រេចបាន អ្វីដែលជាការលំបាក អ្វីដែលសហគមន៍បានរៀន និងអ្វីដែលសហគមន៍គួរធ្វើបន្ទាប់។</translation>
    </message>
    <message>
        <source>Res&amp;ults:</source>
        <translation>លទ្ធផល (&amp;u)៖</translation>
    </message>
    <message>
        <source>Di&amp;fficulties:</source>
        <translation>បញ្ហាប្រឈម (&amp;f)៖</translation>
    </message>
    <message>
        <source>&amp;Lessons learned:</source>
        <translation>មេរៀនដែលទទួលបាន (&amp;L)៖</translation>
    </message>
    <message>
        <source>Recommen&amp;dations:</source>
        <translation>អនុសាសន៍ (&amp;d)៖</translation>
    </message>
    <message>
        <source>Values are recorded: whether it counts by sex cannot change.</source>
        <translation>មានតម្លៃត្រូវបានកត់ត្រារួចហើយ៖ មិនអាចប្ដូរការរាប់តាមភេទបានទេ។</translation>
    </message>
    <message>
        <source>Remove indicator</source>
        <translation>ដកសូចនាករចេញ</translation>
    </message>
    <message>
        <source>Values of “%s” are recorded in monitoring records, so it cannot be removed. Remove those values first, or keep the indicator.</source>
        <translation>តម្លៃរបស់ «%s» ត្រូវបានកត់ត្រាក្នុងកំណត់ត្រាតាមដាន ដូច្នេះមិនអាចដកវាចេញបានទេ។ សូមដកតម្លៃទាំងនោះចេញជាមុនសិន ឬរក្សាសូចនាករនេះទុក។</translation>
    </message>
    <message>
        <source>Indicator %s</source>
        <translation>សូចនាករ %s</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>ការផ្លាស់ប្ដូរមិនទាន់បានរក្សាទុក</translation>
    </message>
    <message>
        <source>This activity has changes that are not saved yet. Save them now?</source>
        <translation>សកម្មភាពនេះមានការផ្លាស់ប្ដូរដែលមិនទាន់បានរក្សាទុក។ តើរក្សាទុកឥឡូវនេះឬ?</translation>
    </message>
</context>
<context>
    <name>ActivityStatusDialog</name>
    <message>
        <source>Change the status of %s</source>
        <translation>ប្ដូរស្ថានភាពនៃ %s</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(ជ្រើសរើស)</translation>
    </message>
    <message>
        <source>%s – %s. Now: %s.</source>
        <translation>%s – %s។ បច្ចុប្បន្ន៖ %s។</translation>
    </message>
    <message>
        <source>New &amp;status:</source>
        <translation>ស្ថានភាពថ្មី (&amp;s)៖</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>មូលហេតុ (&amp;R)៖</translation>
    </message>
    <message>
        <source>Write why it is postponed and until when.</source>
        <translation>សូមសរសេរមូលហេតុដែលពន្យារពេល និងពន្យាររហូតដល់ពេលណា។</translation>
    </message>
    <message>
        <source>Write why it is cancelled. A cancelled activity can no longer be chosen for new cash-book entries.</source>
        <translation>សូមសរសេរមូលហេតុដែលលុបចោល។ សកម្មភាពដែលបានលុបចោល មិនអាចជ្រើសរើសសម្រាប់ប្រតិបត្តិការថ្មីក្នុងសៀវភៅសាច់ប្រាក់បានទៀតទេ។</translation>
    </message>
    <message>
        <source>Then write the review: results, difficulties, lessons learned and recommendations.</source>
        <translation>បន្ទាប់មក សូមសរសេរការពិនិត្យឡើងវិញ៖ លទ្ធផល បញ្ហាប្រឈម មេរៀនដែលទទួលបាន និងអនុសាសន៍។</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Open a CBO</source>
        <translation>បើកឯកសារសហគមន៍</translation>
    </message>
    <message>
        <source>CBO files (*%s);;All files (*)</source>
        <translation>ឯកសារសហគមន៍ (*%s);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <source>The daily backup could not be written.</source>
        <translation>មិនអាចធ្វើការបម្រុងទុកប្រចាំថ្ងៃបានទេ។</translation>
    </message>
    <message>
        <source>Back up to which folder or USB stick?</source>
        <translation>បម្រុងទុកទៅថតណា ឬទៅឧបករណ៍ផ្ទុក USB ណា?</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>ការបម្រុងទុកបានរួចរាល់</translation>
    </message>
    <message>
        <source>The backup was written to:
%s

Keep the USB stick in a safe place, away from this computer.</source>
        <translation>ការបម្រុងទុកត្រូវបានរក្សាទុកនៅ៖
%s

សូមទុកឧបករណ៍ផ្ទុក USB នៅកន្លែងមានសុវត្ថិភាព ឆ្ងាយពីកុំព្យូទ័រនេះ។</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>កំពុងធ្វើការបម្រុងទុក…</translation>
    </message>
    <message>
        <source>Restore which backup?</source>
        <translation>ស្ដារពីការបម្រុងទុកមួយណា?</translation>
    </message>
    <message>
        <source>CBO Desk backups (*%s)</source>
        <translation>ការបម្រុងទុករបស់ CBO Desk (*%s)</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>កំពុងពិនិត្យការបម្រុងទុក…</translation>
    </message>
    <message>
        <source>Restore into which new CBO file?</source>
        <translation>ស្ដារទៅក្នុងឯកសារសហគមន៍ថ្មីមួយណា?</translation>
    </message>
    <message>
        <source>CBO files (*%s)</source>
        <translation>ឯកសារសហគមន៍ (*%s)</translation>
    </message>
    <message>
        <source>Restore the backup?</source>
        <translation>ស្ដារការបម្រុងទុកនេះឬ?</translation>
    </message>
    <message>
        <source>The backup of “%(name)s” made on %(when)s is complete and correct.

Restoring it replaces the data in
%(target)s
with the data of the backup. The current file is kept beside it, so nothing is lost.

Restore now?</source>
        <translation>ការបម្រុងទុករបស់ «%(name)s» ដែលបានធ្វើនៅ %(when)s គឺពេញលេញ និងត្រឹមត្រូវ។

ការស្ដារនឹងជំនួសទិន្នន័យនៅក្នុង
%(target)s
ដោយទិន្នន័យពីការបម្រុងទុក។ ឯកសារបច្ចុប្បន្នត្រូវបានរក្សាទុកនៅក្បែរនោះ ដូច្នេះគ្មានអ្វីបាត់បង់ទេ។

ស្ដារឥឡូវនេះឬ?</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>ការបម្រុងទុកត្រូវបានស្ដាររួចរាល់ហើយ។</translation>
    </message>
    <message>
        <source>The file it replaced was kept as:
%s</source>
        <translation>ឯកសារដែលត្រូវបានជំនួស ត្រូវបានរក្សាទុកជា៖
%s</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>បានស្ដារការបម្រុងទុករួចរាល់</translation>
    </message>
    <message>
        <source>About CBO Desk</source>
        <translation>អំពី CBO Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CBO Desk %s&lt;/h3&gt;&lt;p&gt;Members, meetings, cash book and activity plans of a community-based organisation, in line with the Guideline of Good Practices of CBOs Operating in Cambodia.&lt;/p&gt;&lt;p&gt;Fonts: Noto Sans and Noto Sans Khmer, SIL Open Font License 1.1.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CBO Desk %s&lt;/h3&gt;&lt;p&gt;សមាជិក កិច្ចប្រជុំ សៀវភៅសាច់ប្រាក់ និងផែនការសកម្មភាពរបស់អង្គការសហគមន៍មូលដ្ឋាន ស្របតាមគោលការណ៍ណែនាំស្ដីពីការអនុវត្តល្អរបស់អង្គការសហគមន៍មូលដ្ឋានដែលប្រតិបត្តិការនៅកម្ពុជា។&lt;/p&gt;&lt;p&gt;ពុម្ពអក្សរ៖ Noto Sans និង Noto Sans Khmer, SIL Open Font License 1.1។&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ApprovalsDialog</name>
    <message>
        <source>Date</source>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>លេខ</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>អ្នកទទួលប្រាក់</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>ចំនួនទឹកប្រាក់</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>គណនី</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>បញ្ចូលដោយ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>ការពិពណ៌នា</translation>
    </message>
    <message>
        <source>Rejected by</source>
        <translation>បដិសេធដោយ</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>មូលហេតុ</translation>
    </message>
    <message>
        <source>Choose a payment in the list first.</source>
        <translation>សូមជ្រើសរើសការចំណាយមួយក្នុងបញ្ជីជាមុនសិន។</translation>
    </message>
    <message>
        <source>Payments waiting for approval</source>
        <translation>ការចំណាយដែលកំពុងរង់ចាំការអនុម័ត</translation>
    </message>
    <message>
        <source>Payments above the limit of the financial policy need the committee&apos;s approval. A committee member who neither entered nor received the payment decides on it.</source>
        <translation>ការចំណាយដែលលើសពីដែនកំណត់នៃគោលនយោបាយហិរញ្ញវត្ថុ ត្រូវការការអនុម័តពីគណៈកម្មការ។ សមាជិកគណៈកម្មការម្នាក់ ដែលមិនមែនជាអ្នកបញ្ចូល ហើយក៏មិនមែនជាអ្នកទទួលប្រាក់នោះ ជាអ្នកសម្រេចលើការចំណាយនេះ។</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>កំណត់សម្គាល់ (&amp;N)៖</translation>
    </message>
    <message>
        <source>Why it is rejected (needed), or a remark</source>
        <translation>មូលហេតុនៃការបដិសេធ (ចាំបាច់) ឬមតិយោបល់</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>អនុម័ត (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>បដិសេធ (&amp;R)</translation>
    </message>
    <message>
        <source>Rejected, waiting for the treasurer to reverse them</source>
        <translation>ការចំណាយដែលត្រូវបានបដិសេធ កំពុងរង់ចាំហិរញ្ញិកធ្វើការបញ្ច្រាស</translation>
    </message>
    <message>
        <source>Approval limits of the financial policy</source>
        <translation>ដែនកំណត់នៃការអនុម័ត តាមគោលនយោបាយហិរញ្ញវត្ថុ</translation>
    </message>
    <message>
        <source>Payments above (riel):</source>
        <translation>ការចំណាយលើសពី (រៀល)៖</translation>
    </message>
    <message>
        <source>Payments above (dollars):</source>
        <translation>ការចំណាយលើសពី (ដុល្លារ)៖</translation>
    </message>
    <message>
        <source>&amp;Save the limits</source>
        <translation>រក្សាទុកដែនកំណត់ (&amp;S)</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>No.</source>
        <translation>ល.រ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>ភេទ</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>មានវត្តមាន</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>សុំច្បាប់</translation>
    </message>
    <message>
        <source>F</source>
        <translation>ស្រី</translation>
    </message>
    <message>
        <source>M</source>
        <translation>ប្រុស</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <source>Find a member by name or number</source>
        <translation>ស្វែងរកសមាជិកតាមឈ្មោះ ឬលេខសមាជិក</translation>
    </message>
    <message>
        <source>All &amp;present</source>
        <translation>ទាំងអស់មានវត្តមាន (&amp;p)</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>មានវត្តមាន</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>អវត្តមាន</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>សុំច្បាប់</translation>
    </message>
    <message>
        <source>Mark the selected members (select several with Shift or Ctrl)</source>
        <translation>កំណត់វត្តមានសមាជិកដែលបានជ្រើសរើស (ជ្រើសរើសច្រើននាក់ដោយប្រើ Shift ឬ Ctrl)</translation>
    </message>
    <message>
        <source>Add &amp;missing members</source>
        <translation>បន្ថែមសមាជិកដែលខ្វះ (&amp;m)</translation>
    </message>
    <message>
        <source>Add the members active on the meeting&apos;s day who are not on the list yet (marked absent)</source>
        <translation>បន្ថែមសមាជិកដែលសកម្មនៅថ្ងៃប្រជុំ ដែលមិនទាន់មានក្នុងបញ្ជី (កត់ត្រាថាអវត្តមាន)</translation>
    </message>
    <message>
        <source>Outside participants, counted by category (for example CBOs, local NGOs, government, the network). Leave women and men empty where not known.</source>
        <translation>អ្នកចូលរួមពីខាងក្រៅ រាប់តាមចំណាត់ថ្នាក់ (ឧទាហរណ៍ សហគមន៍ផ្សេងៗ អង្គការមិនមែនរដ្ឋាភិបាលក្នុងស្រុក ស្ថាប័នរដ្ឋ បណ្ដាញ)។ ទុកចំនួនស្ត្រី និងបុរសឱ្យនៅទទេ ប្រសិនបើមិនដឹង។</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>ចំណាត់ថ្នាក់</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>ស្ត្រី</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>បុរស</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>សរុប</translation>
    </message>
    <message>
        <source>Add a &amp;category</source>
        <translation>បន្ថែមចំណាត់ថ្នាក់ (&amp;c)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ដកចេញ</translation>
    </message>
    <message>
        <source>Members present: %1 women, %2 men, %3 in all · absent %4 · excused %5</source>
        <translation>សមាជិកមានវត្តមាន៖ ស្ត្រី %1 នាក់ បុរស %2 នាក់ សរុប %3 នាក់ · អវត្តមាន %4 · សុំច្បាប់ %5</translation>
    </message>
    <message>
        <source>Outside participants: %1 women, %2 men, %3 in all · everyone there: %4</source>
        <translation>អ្នកចូលរួមពីខាងក្រៅ៖ ស្ត្រី %1 នាក់ បុរស %2 នាក់ សរុប %3 នាក់ · អ្នកចូលរួមទាំងអស់៖ %4 នាក់</translation>
    </message>
    <message>
        <source>Quorum met: %1 present, %2 needed of %3 active members.</source>
        <translation>គ្រប់កូរ៉ុម៖ មានវត្តមាន %1 នាក់ ត្រូវការ %2 នាក់ ក្នុងចំណោមសមាជិកសកម្ម %3 នាក់។</translation>
    </message>
    <message>
        <source>Quorum not met: %1 present, %2 needed of %3 active members.</source>
        <translation>មិនគ្រប់កូរ៉ុម៖ មានវត្តមាន %1 នាក់ ត្រូវការ %2 នាក់ ក្នុងចំណោមសមាជិកសកម្ម %3 នាក់។</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>%s (login off)</source>
        <translation>%s (មិនតម្រូវឱ្យចូល)</translation>
    </message>
    <message>
        <source>%s (from the terminal)</source>
        <translation>%s (ពីទែមីណាល់)</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>កំណត់ត្រាសវនកម្ម</translation>
    </message>
    <message>
        <source>Every change made in this CBO: who, when, which record, before and after. Entries are never changed or removed; “Check the log” finds any change made behind CBO Desk&apos;s back.</source>
        <translation>រាល់ការផ្លាស់ប្ដូរដែលបានធ្វើក្នុងសហគមន៍នេះ៖ អ្នកណា ពេលណា កំណត់ត្រាមួយណា មុន និងក្រោយការផ្លាស់ប្ដូរ។ ការកត់ត្រានីមួយៗមិនដែលត្រូវបានកែប្រែ ឬលុបចោលទេ។ «ពិនិត្យកំណត់ត្រាសវនកម្ម» រកឃើញរាល់ការផ្លាស់ប្ដូរដែលបានធ្វើដោយមិនឆ្លងកាត់ CBO Desk។</translation>
    </message>
    <message>
        <source>Your role does not see the audit log. The chair and the administrator do.</source>
        <translation>តួនាទីរបស់អ្នកមិនអាចមើលកំណត់ត្រាសវនកម្មបានទេ។ ប្រធាន និងអ្នកគ្រប់គ្រង អាចមើលបាន។</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>អ្នកណា៖</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>ផ្នែក៖</translation>
    </message>
    <message>
        <source>From</source>
        <translation>ពី</translation>
    </message>
    <message>
        <source>to</source>
        <translation>ដល់</translation>
    </message>
    <message>
        <source>Search the record and the values…</source>
        <translation>ស្វែងរកក្នុងកំណត់ត្រា និងតម្លៃ…</translation>
    </message>
    <message>
        <source>C&amp;heck the log</source>
        <translation>ពិនិត្យកំណត់ត្រាសវនកម្ម (&amp;h)</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>នាំចេញទៅ Excel (&amp;E)…</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>ទាំងអស់គ្នា</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>គ្រប់ផ្នែក</translation>
    </message>
    <message numerus="yes">
        <source>%n entries, newest first</source>
        <translation>
            <numerusform>ការកត់ត្រាចំនួន %n ថ្មីបំផុតនៅខាងលើ</numerusform>
            <numerusform>ការកត់ត្រាចំនួន %n ថ្មីបំផុតនៅខាងលើ</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry %s</source>
        <translation>ការកត់ត្រា %s</translation>
    </message>
    <message>
        <source>When: %s</source>
        <translation>ពេលវេលា៖ %s</translation>
    </message>
    <message>
        <source>Who: %s</source>
        <translation>អ្នកណា៖ %s</translation>
    </message>
    <message>
        <source>Action: %s</source>
        <translation>សកម្មភាព៖ %s</translation>
    </message>
    <message>
        <source>Area: %s</source>
        <translation>ផ្នែក៖ %s</translation>
    </message>
    <message>
        <source>Record: %s</source>
        <translation>កំណត់ត្រា៖ %s</translation>
    </message>
    <message>
        <source>What changed:</source>
        <translation>អ្វីដែលបានផ្លាស់ប្ដូរ៖</translation>
    </message>
    <message>
        <source>Checking the log…</source>
        <translation>កំពុងពិនិត្យកំណត់ត្រាសវនកម្ម…</translation>
    </message>
    <message>
        <source>Checking the audit log…</source>
        <translation>កំពុងពិនិត្យកំណត់ត្រាសវនកម្ម…</translation>
    </message>
    <message>
        <source>Somebody changed the database directly, outside CBO Desk. Tell the committee, and compare with a backup from before that day.</source>
        <translation>មាននរណាម្នាក់បានកែប្រែមូលដ្ឋានទិន្នន័យដោយផ្ទាល់ នៅក្រៅ CBO Desk។ សូមជូនដំណឹងដល់គណៈកម្មការ ហើយប្រៀបធៀបជាមួយការបម្រុងទុកដែលបានធ្វើមុនថ្ងៃនោះ។</translation>
    </message>
    <message>
        <source>audit-log.xlsx</source>
        <translation>កំណត់ត្រាសវនកម្ម.xlsx</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>នាំចេញកំណត់ត្រាសវនកម្ម</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>ឯកសារ Excel (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>%n entries written to %1</source>
        <translation>
            <numerusform>បានសរសេរការកត់ត្រាចំនួន %n ទៅក្នុង %1</numerusform>
            <numerusform>បានសរសេរការកត់ត្រាចំនួន %n ទៅក្នុង %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the audit log to Excel…</source>
        <translation>កំពុងសរសេរកំណត់ត្រាសវនកម្មទៅ Excel…</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>When</source>
        <translation>ពេលវេលា</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>អ្នកណា</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>សកម្មភាព</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>ផ្នែក</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>កំណត់ត្រា</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>អ្វីដែលបានផ្លាស់ប្ដូរ</translation>
    </message>
</context>
<context>
    <name>BudgetDialog</name>
    <message>
        <source>All funds together</source>
        <translation>មូលនិធិទាំងអស់រួមគ្នា</translation>
    </message>
    <message>
        <source>%s (retired)</source>
        <translation>%s (ឈប់ប្រើ)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>ចំណាត់ថ្នាក់</translation>
    </message>
    <message>
        <source>Budget %s</source>
        <translation>ថវិកា %s</translation>
    </message>
    <message>
        <source>Actual %s</source>
        <translation>ជាក់ស្ដែង %s</translation>
    </message>
    <message>
        <source>Remaining %s</source>
        <translation>នៅសល់ %s</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>ចំណូល</translation>
    </message>
    <message>
        <source>Total income</source>
        <translation>ចំណូលសរុប</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>ចំណាយ</translation>
    </message>
    <message>
        <source>Total expenses</source>
        <translation>ចំណាយសរុប</translation>
    </message>
    <message>
        <source> (retired)</source>
        <translation> (ឈប់ប្រើ)</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>ថវិកា</translation>
    </message>
    <message>
        <source>Fiscal &amp;year:</source>
        <translation>ឆ្នាំហិរញ្ញវត្ថុ (&amp;y)៖</translation>
    </message>
    <message>
        <source>&amp;Fund:</source>
        <translation>មូលនិធិ (&amp;F)៖</translation>
    </message>
    <message>
        <source>Type the amount planned for a category in its Budget column: it is saved at once. Actual amounts come from the cash book (receipts for income, payments for expenses, corrections included).</source>
        <translation>សូមវាយចំនួនទឹកប្រាក់ដែលគ្រោងទុកសម្រាប់ចំណាត់ថ្នាក់នីមួយៗ នៅក្នុងជួរឈរ «ថវិកា» របស់វា៖ ចំនួននោះត្រូវបានរក្សាទុកភ្លាមៗ។ ចំនួនជាក់ស្ដែងបានមកពីសៀវភៅសាច់ប្រាក់ (បង្កាន់ដៃទទួលប្រាក់សម្រាប់ចំណូល ប័ណ្ណបើកប្រាក់សម្រាប់ចំណាយ រួមទាំងការកែតម្រូវផងដែរ)។</translation>
    </message>
</context>
<context>
    <name>BudgetModel</name>
    <message>
        <source>This budget is planned per fund: choose the fund above to change it.</source>
        <translation>ថវិកានេះត្រូវបានគ្រោងតាមមូលនិធិនីមួយៗ៖ សូមជ្រើសរើសមូលនិធិនៅខាងលើ ដើម្បីកែប្រែវា។</translation>
    </message>
</context>
<context>
    <name>BugDialog</name>
    <message>
        <source>Sorry, something went wrong</source>
        <translation>សូមអភ័យទោស មានបញ្ហាកើតឡើង</translation>
    </message>
    <message>
        <source>Sorry: CBO Desk met a problem it did not expect. What you saved before is safe. If it happens again, press &quot;Copy details&quot; and send the text to your supporting NGO or to the makers of CBO Desk.</source>
        <translation>សូមអភ័យទោស៖ CBO Desk បានជួបបញ្ហាដែលមិនបានរំពឹងទុក។ អ្វីដែលអ្នកបានរក្សាទុកពីមុន នៅតែមានសុវត្ថិភាព។ បើបញ្ហានេះកើតឡើងម្ដងទៀត សូមចុច «ចម្លងព័ត៌មានលម្អិត» ហើយផ្ញើអត្ថបទនោះទៅអង្គការមិនមែនរដ្ឋាភិបាល (NGO) ដែលគាំទ្រអ្នក ឬទៅអ្នកបង្កើត CBO Desk។</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>ចម្លងព័ត៌មានលម្អិត (&amp;C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
</context>
<context>
    <name>CashbookPage</name>
    <message>
        <source>&amp;Close a month (cash count)…</source>
        <translation>បិទបញ្ជីប្រចាំខែ (រាប់សាច់ប្រាក់) (&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Payments waiting for approval…</source>
        <translation>ការចំណាយដែលរង់ចាំការអនុម័ត (&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Budget…</source>
        <translation>ថវិកា (&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>គណនី (&amp;A)…</translation>
    </message>
    <message>
        <source>C&amp;ategories…</source>
        <translation>ចំណាត់ថ្នាក់ (&amp;a)…</translation>
    </message>
    <message>
        <source>&amp;Funds…</source>
        <translation>មូលនិធិ (&amp;F)…</translation>
    </message>
    <message>
        <source>Cash book</source>
        <translation>សៀវភៅសាច់ប្រាក់</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>គណនីទាំងអស់</translation>
    </message>
    <message>
        <source>%s (closed)</source>
        <translation>%s (បានបិទ)</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>ទាំងអស់</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>ខែនេះ</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>ខែមុន</translation>
    </message>
    <message>
        <source>This fiscal year</source>
        <translation>ឆ្នាំហិរញ្ញវត្ថុនេះ</translation>
    </message>
    <message>
        <source>Last fiscal year</source>
        <translation>ឆ្នាំហិរញ្ញវត្ថុមុន</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>កាលបរិច្ឆេទដែលបានជ្រើសរើស</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n ប្រតិបត្តិការ</numerusform>
            <numerusform>%n ប្រតិបត្តិការ</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding up…</source>
        <translation>កំពុងបូកសរុប…</translation>
    </message>
    <message>
        <source>The totals could not be added up.</source>
        <translation>មិនអាចបូកសរុបបានទេ។</translation>
    </message>
    <message>
        <source>Riel</source>
        <translation>រៀល</translation>
    </message>
    <message>
        <source>Dollars</source>
        <translation>ដុល្លារ</translation>
    </message>
    <message>
        <source>Balance on %s</source>
        <translation>សមតុល្យនៅថ្ងៃ %s</translation>
    </message>
    <message>
        <source>Balance now</source>
        <translation>សមតុល្យបច្ចុប្បន្ន</translation>
    </message>
    <message>
        <source>Money in</source>
        <translation>ប្រាក់ចូល</translation>
    </message>
    <message>
        <source>Money out</source>
        <translation>ប្រាក់ចេញ</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>ព័ត៌មានលម្អិត (&amp;D)…</translation>
    </message>
    <message>
        <source>Re&amp;verse…</source>
        <translation>បញ្ច្រាស (&amp;v)…</translation>
    </message>
    <message>
        <source>Pr&amp;int voucher…</source>
        <translation>បោះពុម្ពប័ណ្ណ (&amp;i)…</translation>
    </message>
    <message>
        <source>New &amp;receipt</source>
        <translation>បង្កាន់ដៃទទួលប្រាក់ថ្មី (&amp;r)</translation>
    </message>
    <message>
        <source>New &amp;payment</source>
        <translation>ការចំណាយថ្មី (&amp;p)</translation>
    </message>
    <message>
        <source>&amp;Transfer or exchange</source>
        <translation>ផ្ទេរប្រាក់ ឬប្ដូររូបិយប័ណ្ណ (&amp;T)</translation>
    </message>
    <message>
        <source>Every riel and dollar that comes in or goes out, in the order it happened (guideline chapter 4). A mistake is corrected by a reversal with its reason; nothing is deleted.</source>
        <translation>រាល់ប្រាក់រៀល និងដុល្លារដែលចូល ឬចេញ តាមលំដាប់ដែលវាបានកើតឡើង (គោលការណ៍ណែនាំ ជំពូកទី 4)។ កំហុសត្រូវបានកែតម្រូវដោយការបញ្ច្រាស ដោយបញ្ជាក់មូលហេតុ។ គ្មានអ្វីត្រូវបានលុបចោលទេ។</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>គណនី (&amp;A)៖</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>រយៈពេល (&amp;e)៖</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>ថ្ងៃដំបូងនៃរយៈពេល</translation>
    </message>
    <message>
        <source>to</source>
        <translation>ដល់</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>ថ្ងៃចុងក្រោយនៃរយៈពេល</translation>
    </message>
    <message>
        <source>Search number, payer or payee, description</source>
        <translation>ស្វែងរកតាមលេខ អ្នកបង់ ឬអ្នកទទួលប្រាក់ ឬការពិពណ៌នា</translation>
    </message>
    <message>
        <source>Running balance hidden while searching</source>
        <translation>សមតុល្យបន្តបន្ទាប់ត្រូវបានលាក់ ពេលកំពុងស្វែងរក</translation>
    </message>
    <message>
        <source>Money that came in (Ctrl+R)</source>
        <translation>ប្រាក់ដែលបានចូល (Ctrl+R)</translation>
    </message>
    <message>
        <source>Money that went out (Ctrl+P)</source>
        <translation>ប្រាក់ដែលបានចេញ (Ctrl+P)</translation>
    </message>
    <message>
        <source>Money moved between two accounts, or riel exchanged for dollars (Ctrl+T)</source>
        <translation>ប្រាក់ដែលបានផ្ទេររវាងគណនីពីរ ឬប្រាក់រៀលដែលបានប្ដូរជាដុល្លារ (Ctrl+T)</translation>
    </message>
    <message>
        <source>Month-end closing, approvals, budget, and the lists of accounts, categories and funds</source>
        <translation>ការបិទបញ្ជីចុងខែ ការអនុម័ត ថវិកា និងបញ្ជីគណនី ចំណាត់ថ្នាក់ និងមូលនិធិ</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>ផ្សេងទៀត (&amp;M)</translation>
    </message>
    <message>
        <source>Everything about the chosen entry (Enter)</source>
        <translation>ព័ត៌មានទាំងអស់អំពីប្រតិបត្តិការដែលបានជ្រើសរើស (Enter)</translation>
    </message>
    <message>
        <source>Correct a mistake: record the opposite of the chosen entry, with the reason</source>
        <translation>កែកំហុស៖ កត់ត្រាប្រតិបត្តិការផ្ទុយពីប្រតិបត្តិការដែលបានជ្រើសរើស ជាមួយមូលហេតុ</translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <source>Income</source>
        <translation>ចំណូល</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>ចំណាយ</translation>
    </message>
    <message>
        <source>English</source>
        <translation>ភាសាអង់គ្លេស</translation>
    </message>
    <message>
        <source>Khmer</source>
        <translation>ភាសាខ្មែរ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>ឈប់ប្រើ</translation>
    </message>
    <message>
        <source>R&amp;estore</source>
        <translation>ប្រើឡើងវិញ (&amp;e)</translation>
    </message>
    <message>
        <source>R&amp;etire</source>
        <translation>ឈប់ប្រើ (&amp;e)</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>ចំណាត់ថ្នាក់</translation>
    </message>
    <message>
        <source>Every receipt has an income category and every payment an expense category. A category that is no longer needed is retired, not deleted: its money stays in the reports.</source>
        <translation>បង្កាន់ដៃទទួលប្រាក់នីមួយៗមានចំណាត់ថ្នាក់ចំណូល ហើយការចំណាយនីមួយៗមានចំណាត់ថ្នាក់ចំណាយ។ ចំណាត់ថ្នាក់ដែលលែងត្រូវការ ត្រូវបានឈប់ប្រើ មិនមែនលុបចោលទេ៖ ប្រាក់របស់វានៅតែមានក្នុងរបាយការណ៍។</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>ចំណាយ</translation>
    </message>
    <message>
        <source>Show &amp;retired categories</source>
        <translation>បង្ហាញចំណាត់ថ្នាក់ដែលឈប់ប្រើ (&amp;r)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>ចំណាត់ថ្នាក់</translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation>ឈ្មោះជាភាសាអង់គ្លេស (&amp;E)៖</translation>
    </message>
    <message>
        <source>Name in &amp;Khmer:</source>
        <translation>ឈ្មោះជាភាសាខ្មែរ (&amp;K)៖</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ប្រភេទ (&amp;K)៖</translation>
    </message>
    <message>
        <source>&amp;Add as a new category</source>
        <translation>បន្ថែមជាចំណាត់ថ្នាក់ថ្មី (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save the names</source>
        <translation>រក្សាទុកឈ្មោះ (&amp;S)</translation>
    </message>
</context>
<context>
    <name>ClosingWizard</name>
    <message>
        <source>&amp;Sign and close the month</source>
        <translation>ចុះហត្ថលេខា និងបិទបញ្ជីខែ (&amp;S)</translation>
    </message>
    <message>
        <source>Add an account first.</source>
        <translation>សូមបន្ថែមគណនីមួយជាមុនសិន។</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>មិនទាន់មាន</translation>
    </message>
    <message>
        <source>This month is closed: %1 counted %2 and %3 checked it.</source>
        <translation>ខែនេះបានបិទបញ្ជីរួចហើយ៖ %1 បានរាប់បាន %2 ហើយ %3 បានពិនិត្យ។</translation>
    </message>
    <message>
        <source>Ready: count the money on the next page.</source>
        <translation>រួចរាល់៖ សូមរាប់សាច់ប្រាក់នៅទំព័របន្ទាប់។</translation>
    </message>
    <message>
        <source>Note or coin</source>
        <translation>ក្រដាសប្រាក់ ឬកាក់</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>ចំនួន</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>ចំនួនទឹកប្រាក់</translation>
    </message>
    <message>
        <source>Number of %s</source>
        <translation>ចំនួន %s</translation>
    </message>
    <message>
        <source>Total counted:</source>
        <translation>សរុបដែលបានរាប់៖</translation>
    </message>
    <message>
        <source>%1, end of %2: count every note and coin in the box, with a second person.</source>
        <translation>%1 ចុងខែ %2៖ សូមរាប់ក្រដាសប្រាក់ និងកាក់ទាំងអស់នៅក្នុងប្រអប់ ជាមួយមនុស្សម្នាក់ទៀត។</translation>
    </message>
    <message>
        <source>Statement balance:</source>
        <translation>សមតុល្យលើរបាយការណ៍គណនី៖</translation>
    </message>
    <message>
        <source>%1, end of %2: type the balance of the statement, and have a second person check it.</source>
        <translation>%1 ចុងខែ %2៖ សូមវាយសមតុល្យលើរបាយការណ៍គណនី ហើយឱ្យមនុស្សម្នាក់ទៀតពិនិត្យវា។</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>គណនី</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>ខែ</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>សាច់ប្រាក់ដែលបានរាប់</translation>
    </message>
    <message>
        <source>Statement balance</source>
        <translation>សមតុល្យលើរបាយការណ៍គណនី</translation>
    </message>
    <message>
        <source>Book balance</source>
        <translation>សមតុល្យក្នុងសៀវភៅ</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>ភាពខុសគ្នា</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>ការពន្យល់</translation>
    </message>
    <message>
        <source>Counted by</source>
        <translation>រាប់ដោយ</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>ពិនិត្យដោយ</translation>
    </message>
    <message>
        <source>After closing, nothing more can be recorded in %1 for %2. Money found later is recorded on the day it is found, with an explanation.</source>
        <translation>បន្ទាប់ពីបិទបញ្ជី មិនអាចកត់ត្រាអ្វីទៀតក្នុងខែ %1 សម្រាប់ %2 បានទេ។ ប្រាក់ដែលរកឃើញនៅពេលក្រោយ ត្រូវកត់ត្រានៅថ្ងៃដែលរកឃើញ ជាមួយការពន្យល់។</translation>
    </message>
    <message>
        <source>Close a month</source>
        <translation>បិទបញ្ជីប្រចាំខែ</translation>
    </message>
    <message>
        <source>Which account and which month?</source>
        <translation>គណនីណា និងខែណា?</translation>
    </message>
    <message>
        <source>At the end of each month two people count the cash (or read the bank statement) and sign. After closing, nothing more can be recorded in that month.</source>
        <translation>នៅចុងខែនីមួយៗ មនុស្សពីរនាក់រាប់សាច់ប្រាក់ (ឬអានរបាយការណ៍គណនីធនាគារ) ហើយចុះហត្ថលេខា។ បន្ទាប់ពីបិទបញ្ជី មិនអាចកត់ត្រាអ្វីទៀតក្នុងខែនោះបានទេ។</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>គណនី (&amp;A)៖</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>ខែ (&amp;M)៖</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>ឆ្នាំ</translation>
    </message>
    <message>
        <source>Book balance at the end of the month:</source>
        <translation>សមតុល្យក្នុងសៀវភៅ នៅចុងខែ៖</translation>
    </message>
    <message>
        <source>Last closed month:</source>
        <translation>ខែចុងក្រោយដែលបានបិទបញ្ជី៖</translation>
    </message>
    <message>
        <source>Count the money</source>
        <translation>រាប់សាច់ប្រាក់</translation>
    </message>
    <message>
        <source>Balance on the &amp;statement:</source>
        <translation>សមតុល្យលើរបាយការណ៍គណនី (&amp;s)៖</translation>
    </message>
    <message>
        <source>The balance printed on the bank or mobile-money statement for the last day of the month.</source>
        <translation>សមតុល្យដែលបានបោះពុម្ពលើរបាយការណ៍គណនីធនាគារ ឬប្រាក់តាមទូរស័ព្ទ សម្រាប់ថ្ងៃចុងក្រោយនៃខែ។</translation>
    </message>
    <message>
        <source>Against the book</source>
        <translation>ប្រៀបធៀបនឹងសៀវភៅ</translation>
    </message>
    <message>
        <source>Book balance:</source>
        <translation>សមតុល្យក្នុងសៀវភៅ៖</translation>
    </message>
    <message>
        <source>Difference:</source>
        <translation>ភាពខុសគ្នា៖</translation>
    </message>
    <message>
        <source>The difference is what was counted minus what the book says. Below zero, money is missing.</source>
        <translation>ភាពខុសគ្នា គឺចំនួនដែលបានរាប់ ដកចំនួនដែលមានក្នុងសៀវភៅ។ បើតិចជាងសូន្យ មានន័យថាបាត់ប្រាក់។</translation>
    </message>
    <message>
        <source>&amp;Explanation:</source>
        <translation>ការពន្យល់ (&amp;E)៖</translation>
    </message>
    <message>
        <source>Needed when the count and the book differ</source>
        <translation>ចាំបាច់ នៅពេលចំនួនដែលបានរាប់ និងសៀវភៅខុសគ្នា</translation>
    </message>
    <message>
        <source>Counted &amp;by:</source>
        <translation>រាប់ដោយ (&amp;b)៖</translation>
    </message>
    <message>
        <source>Checked b&amp;y:</source>
        <translation>ពិនិត្យដោយ (&amp;y)៖</translation>
    </message>
    <message>
        <source>A second person, who signs too</source>
        <translation>មនុស្សម្នាក់ទៀត ដែលចុះហត្ថលេខាដែរ</translation>
    </message>
    <message>
        <source>Sign and close</source>
        <translation>ចុះហត្ថលេខា និងបិទបញ្ជី</translation>
    </message>
    <message>
        <source>Check the figures with both signers. Print the count sheet for their signatures from the reports.</source>
        <translation>សូមពិនិត្យតួលេខជាមួយអ្នកចុះហត្ថលេខាទាំងពីរនាក់។ សូមបោះពុម្ពសន្លឹករាប់សាច់ប្រាក់ពីផ្នែករបាយការណ៍ ដើម្បីឱ្យពួកគាត់ចុះហត្ថលេខា។</translation>
    </message>
</context>
<context>
    <name>CommitteePage</name>
    <message>
        <source>Committee</source>
        <translation>គណៈកម្មការ</translation>
    </message>
    <message>
        <source>Your role does not see the committee here: the committee list is among the reports.</source>
        <translation>តួនាទីរបស់អ្នកមិនអាចមើលគណៈកម្មការនៅទីនេះបានទេ៖ បញ្ជីគណៈកម្មការមាននៅក្នុងរបាយការណ៍។</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>តំណែង</translation>
    </message>
    <message>
        <source>Name in Khmer</source>
        <translation>ឈ្មោះជាភាសាខ្មែរ</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>ឈ្មោះជាអក្សរឡាតាំង</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>ភេទ</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>តាំងពី</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>កំណត់សម្គាល់</translation>
    </message>
    <message>
        <source>holds it today</source>
        <translation>កំពុងកាន់តំណែង</translation>
    </message>
    <message>
        <source>From</source>
        <translation>ពី</translation>
    </message>
    <message>
        <source>To</source>
        <translation>ដល់</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>មូលហេតុបញ្ចប់</translation>
    </message>
    <message>
        <source>People: %s, of whom women: %s</source>
        <translation>ចំនួនមនុស្ស៖ %s ក្នុងនោះស្ត្រី៖ %s</translation>
    </message>
    <message>
        <source>Nobody holds a committee position today.</source>
        <translation>បច្ចុប្បន្ន គ្មាននរណាម្នាក់កាន់តំណែងក្នុងគណៈកម្មការទេ។</translation>
    </message>
    <message>
        <source>Who holds each committee position, from when to when (guideline chapters 1 and 3). The committee today is at the top; below, every term since the CBO began.</source>
        <translation>អ្នកណាកាន់តំណែងនីមួយៗក្នុងគណៈកម្មការ ពីពេលណាដល់ពេលណា (គោលការណ៍ណែនាំ ជំពូកទី 1 និង 3)។ គណៈកម្មការបច្ចុប្បន្ននៅខាងលើ ហើយនៅខាងក្រោម គឺអាណត្តិទាំងអស់ តាំងពីសហគមន៍បានចាប់ផ្ដើម។</translation>
    </message>
    <message>
        <source>Committee today</source>
        <translation>គណៈកម្មការបច្ចុប្បន្ន</translation>
    </message>
    <message>
        <source>Every term</source>
        <translation>អាណត្តិទាំងអស់</translation>
    </message>
    <message>
        <source>A member takes a committee position, for example after an election</source>
        <translation>សមាជិកម្នាក់ចូលកាន់តំណែងក្នុងគណៈកម្មការ ឧទាហរណ៍ បន្ទាប់ពីការបោះឆ្នោត</translation>
    </message>
    <message>
        <source>&amp;New term…</source>
        <translation>អាណត្តិថ្មី (&amp;N)…</translation>
    </message>
    <message>
        <source>The committee list as a report, to print or save</source>
        <translation>បញ្ជីគណៈកម្មការជារបាយការណ៍ សម្រាប់បោះពុម្ព ឬរក្សាទុក</translation>
    </message>
    <message>
        <source>&amp;Print the committee list…</source>
        <translation>បោះពុម្ពបញ្ជីគណៈកម្មការ (&amp;P)…</translation>
    </message>
    <message>
        <source>The chosen term ends: end of the mandate, resignation</source>
        <translation>បញ្ចប់អាណត្តិដែលបានជ្រើសរើស៖ ផុតអាណត្តិ ឬលាលែងពីតំណែង</translation>
    </message>
    <message>
        <source>&amp;End term…</source>
        <translation>បញ្ចប់អាណត្តិ (&amp;E)…</translation>
    </message>
    <message>
        <source>Correct the chosen term if it was recorded wrongly</source>
        <translation>កែតម្រូវអាណត្តិដែលបានជ្រើសរើស ប្រសិនបើវាត្រូវបានកត់ត្រាខុស</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>កែតម្រូវ (&amp;C)…</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a shared CBO database</source>
        <translation>ភ្ជាប់ទៅមូលដ្ឋានទិន្នន័យរួមរបស់សហគមន៍</translation>
    </message>
    <message>
        <source>A CBO kept on a PostgreSQL server can be used from several computers at once. Ask the administrator of the server for these details.</source>
        <translation>សហគមន៍ដែលរក្សាទុកនៅលើម៉ាស៊ីនមេ PostgreSQL អាចប្រើពីកុំព្យូទ័រច្រើនក្នុងពេលតែមួយ។ សូមសុំព័ត៌មានទាំងនេះពីអ្នកគ្រប់គ្រងម៉ាស៊ីនមេ។</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>ម៉ាស៊ីនមេ (&amp;S)៖</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ច្រក (&amp;P)៖</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>មូលដ្ឋានទិន្នន័យ (&amp;D)៖</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ឈ្មោះអ្នកប្រើ (&amp;U)៖</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>ពាក្យសម្ងាត់ (&amp;w)៖</translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation>ការអ៊ិនគ្រីប (TLS) (&amp;E)៖</translation>
    </message>
    <message>
        <source>Certificate &amp;authority:</source>
        <translation>ស្ថាប័នផ្ដល់វិញ្ញាបនបត្រ (&amp;a)៖</translation>
    </message>
    <message>
        <source>for example 192.168.1.20 or db.myngo.org</source>
        <translation>ឧទាហរណ៍ 192.168.1.20 ឬ db.myngo.org</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <source>If the server offers it</source>
        <translation>ប្រសិនបើម៉ាស៊ីនមេផ្ដល់ជូន</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>ចាំបាច់</translation>
    </message>
    <message>
        <source>Required, and check the server&apos;s certificate</source>
        <translation>ចាំបាច់ ហើយពិនិត្យវិញ្ញាបនបត្ររបស់ម៉ាស៊ីនមេ</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>ជ្រើសរើស…</translation>
    </message>
    <message>
        <source>&amp;Remember the password on this computer</source>
        <translation>ចងចាំពាក្យសម្ងាត់នៅលើកុំព្យូទ័រនេះ (&amp;R)</translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s password keyring, never in a file.</source>
        <translation>ពាក្យសម្ងាត់ត្រូវបានរក្សាទុកក្នុងឃ្លាំងពាក្យសម្ងាត់របស់កុំព្យូទ័រនេះ មិនដែលរក្សាទុកក្នុងឯកសារទេ។</translation>
    </message>
    <message>
        <source>This computer has no password keyring, so CBO Desk cannot remember the password: it will ask for it each time. It is never written to a file.</source>
        <translation>កុំព្យូទ័រនេះគ្មានឃ្លាំងពាក្យសម្ងាត់ទេ ដូច្នេះ CBO Desk មិនអាចចងចាំពាក្យសម្ងាត់បានទេ៖ វានឹងសួររកពាក្យសម្ងាត់រាល់ពេល។ ពាក្យសម្ងាត់មិនដែលត្រូវបានសរសេរទុកក្នុងឯកសារទេ។</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>សាកល្បងការភ្ជាប់ (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>ភ្ជាប់ (&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <source>Choose the certificate authority</source>
        <translation>ជ្រើសរើសស្ថាប័នផ្ដល់វិញ្ញាបនបត្រ</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>វិញ្ញាបនបត្រ (*.crt *.pem *.cer);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <source>Connecting to %s…</source>
        <translation>កំពុងភ្ជាប់ទៅ %s…</translation>
    </message>
    <message>
        <source>Connecting to the shared database…</source>
        <translation>កំពុងភ្ជាប់ទៅមូលដ្ឋានទិន្នន័យរួម…</translation>
    </message>
    <message>
        <source>Connected. This database holds the CBO “%s”.</source>
        <translation>បានភ្ជាប់។ មូលដ្ឋានទិន្នន័យនេះផ្ទុកសហគមន៍ «%s»។</translation>
    </message>
    <message>
        <source>Connected. This database holds a CBO.</source>
        <translation>បានភ្ជាប់។ មូលដ្ឋានទិន្នន័យនេះផ្ទុកសហគមន៍មួយ។</translation>
    </message>
    <message>
        <source>Connected. The database is empty: it can get a new CBO, or a copy of a CBO file.</source>
        <translation>បានភ្ជាប់។ មូលដ្ឋានទិន្នន័យនេះទទេ៖ អាចបង្កើតសហគមន៍ថ្មីនៅទីនេះ ឬចម្លងឯកសារសហគមន៍មួយចូល។</translation>
    </message>
    <message>
        <source>An empty database</source>
        <translation>មូលដ្ឋានទិន្នន័យទទេ</translation>
    </message>
    <message>
        <source>The database %s holds no CBO yet. What would you like to do?</source>
        <translation>មូលដ្ឋានទិន្នន័យ %s មិនទាន់មានសហគមន៍នៅឡើយទេ។ តើអ្នកចង់ធ្វើអ្វី?</translation>
    </message>
    <message>
        <source>Create a new CBO here</source>
        <translation>បង្កើតសហគមន៍ថ្មីនៅទីនេះ</translation>
    </message>
    <message>
        <source>Copy a CBO file into it</source>
        <translation>ចម្លងឯកសារសហគមន៍មួយចូល</translation>
    </message>
    <message>
        <source>Copy which CBO file into the shared database?</source>
        <translation>ចម្លងឯកសារសហគមន៍មួយណា ចូលទៅក្នុងមូលដ្ឋានទិន្នន័យរួម?</translation>
    </message>
    <message>
        <source>CBO files (*%s)</source>
        <translation>ឯកសារសហគមន៍ (*%s)</translation>
    </message>
    <message>
        <source>CBO copied</source>
        <translation>បានចម្លងសហគមន៍រួចរាល់</translation>
    </message>
    <message>
        <source>The CBO was copied into %1 and checked: every table is complete, and the cash book (%2 entries) and the audit log verify.

From now on, open it there; the file %3 is no longer used.</source>
        <translation>សហគមន៍ត្រូវបានចម្លងទៅក្នុង %1 និងបានពិនិត្យរួច៖ តារាងទាំងអស់ពេញលេញ ហើយសៀវភៅសាច់ប្រាក់ (ប្រតិបត្តិការចំនួន %2) និងកំណត់ត្រាសវនកម្មត្រឹមត្រូវ។

ចាប់ពីពេលនេះតទៅ សូមបើកវានៅទីនោះ។ ឯកសារ %3 លែងប្រើទៀតហើយ។</translation>
    </message>
    <message>
        <source>Copying the CBO into the shared database…</source>
        <translation>កំពុងចម្លងសហគមន៍ទៅក្នុងមូលដ្ឋានទិន្នន័យរួម…</translation>
    </message>
</context>
<context>
    <name>ContributionsModel</name>
    <message>
        <source>No.</source>
        <translation>ល.រ</translation>
    </message>
    <message>
        <source>Name in Khmer</source>
        <translation>ឈ្មោះជាភាសាខ្មែរ</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>ឈ្មោះជាអក្សរឡាតាំង</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>ភូមិ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>ត្រូវបង់</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>បានបង់</translation>
    </message>
    <message>
        <source>Still owed</source>
        <translation>នៅជំពាក់</translation>
    </message>
    <message>
        <source>The fees due since the member joined (from the first fee on), less what they paid. “Ahead”: paid for periods still to come.</source>
        <translation>ភាគទានដែលត្រូវបង់ចាប់តាំងពីសមាជិកចូលរួម (ចាប់ពីភាគទានដំបូង) ដកចំនួនដែលបានបង់។ «បង់មុន»៖ បានបង់សម្រាប់រយៈពេលខាងមុខ។</translation>
    </message>
    <message>
        <source>%s ahead</source>
        <translation>បង់មុន %s</translation>
    </message>
    <message>
        <source>paid up</source>
        <translation>បង់គ្រប់</translation>
    </message>
</context>
<context>
    <name>ContributionsPage</name>
    <message>
        <source>Contributions</source>
        <translation>ភាគទាន</translation>
    </message>
    <message>
        <source>Your role does not see the members&apos; contributions. The treasurer, the secretary and the chair do.</source>
        <translation>តួនាទីរបស់អ្នកមិនអាចមើលភាគទានរបស់សមាជិកបានទេ។ ហេរញ្ញិក លេខាធិការ និងប្រធាន អាចមើលបាន។</translation>
    </message>
    <message>
        <source>Adding up…</source>
        <translation>កំពុងបូកសរុប…</translation>
    </message>
    <message>
        <source>Adding up the membership fees…</source>
        <translation>កំពុងបូកសរុបភាគទានសមាជិក…</translation>
    </message>
    <message>
        <source>&lt;b&gt;No membership fee is set.&lt;/b&gt; Nobody owes anything until the fee is set.</source>
        <translation>&lt;b&gt;មិនទាន់កំណត់ភាគទានសមាជិកទេ។&lt;/b&gt; គ្មាននរណាម្នាក់ជំពាក់អ្វីទេ រហូតដល់ភាគទានត្រូវបានកំណត់។</translation>
    </message>
    <message>
        <source>&lt;b&gt;Membership fee: %s&lt;/b&gt;, since %s.</source>
        <translation>&lt;b&gt;ភាគទានសមាជិក៖ %s&lt;/b&gt; តាំងពី %s។</translation>
    </message>
    <message>
        <source>Before: %s.</source>
        <translation>ពីមុន៖ %s។</translation>
    </message>
    <message>
        <source>The cash book has no membership-fee category: payments cannot be counted. Add an income category “Membership fees”.</source>
        <translation>សៀវភៅសាច់ប្រាក់មិនមានចំណាត់ថ្នាក់ភាគទានសមាជិកទេ៖ មិនអាចរាប់ការបង់ប្រាក់បានទេ។ សូមបន្ថែមចំណាត់ថ្នាក់ចំណូល «ភាគទានសមាជិក»។</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>ទាំងអស់គ្នា</translation>
    </message>
    <message>
        <source>Who owes</source>
        <translation>អ្នកដែលនៅជំពាក់</translation>
    </message>
    <message>
        <source>Who has paid up</source>
        <translation>អ្នកដែលបានបង់គ្រប់</translation>
    </message>
    <message>
        <source>Members (active and inactive)</source>
        <translation>សមាជិក (សកម្ម និងអសកម្ម)</translation>
    </message>
    <message>
        <source>Everyone, also who left or died</source>
        <translation>ទាំងអស់គ្នា រួមទាំងអ្នកដែលបានចាកចេញ ឬទទួលមរណភាព</translation>
    </message>
    <message numerus="yes">
        <source>Members shown: %n</source>
        <translation>
            <numerusform>សមាជិកដែលបង្ហាញ៖ %n នាក់</numerusform>
            <numerusform>សមាជិកដែលបង្ហាញ៖ %n នាក់</numerusform>
        </translation>
    </message>
    <message>
        <source>%s owe</source>
        <translation>%s នាក់នៅជំពាក់</translation>
    </message>
    <message>
        <source>Due: %s · Paid: %s · Still owed: %s</source>
        <translation>ត្រូវបង់៖ %s · បានបង់៖ %s · នៅជំពាក់៖ %s</translation>
    </message>
    <message>
        <source>Membership fees: who has paid, who owes and how much (guideline chapter 3). A payment is a cash-book receipt of the membership-fee category linked to the member.</source>
        <translation>ភាគទានសមាជិក៖ អ្នកណាបានបង់ អ្នកណានៅជំពាក់ និងជំពាក់ប៉ុន្មាន (គោលការណ៍ណែនាំ ជំពូកទី 3)។ ការបង់ភាគទាន គឺជាបង្កាន់ដៃទទួលប្រាក់ក្នុងសៀវភៅសាច់ប្រាក់ ក្នុងចំណាត់ថ្នាក់ភាគទានសមាជិក ដែលភ្ជាប់នឹងសមាជិក។</translation>
    </message>
    <message>
        <source>The membership fee: an amount per month, quarter or year, from a day on</source>
        <translation>ភាគទានសមាជិក៖ ចំនួនទឹកប្រាក់ក្នុងមួយខែ មួយត្រីមាស ឬមួយឆ្នាំ ចាប់ពីថ្ងៃណាមួយតទៅ</translation>
    </message>
    <message>
        <source>Change the &amp;fee…</source>
        <translation>ប្ដូរភាគទាន (&amp;f)…</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>បង្ហាញ (&amp;h)៖</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>ស្ថានភាព (&amp;t)៖</translation>
    </message>
    <message>
        <source>Search name or member number</source>
        <translation>ស្វែងរកតាមឈ្មោះ ឬលេខសមាជិក</translation>
    </message>
    <message>
        <source>A receipt in the cash book for the chosen member&apos;s fee</source>
        <translation>បង្កាន់ដៃទទួលប្រាក់ក្នុងសៀវភៅសាច់ប្រាក់ សម្រាប់ភាគទានរបស់សមាជិកដែលបានជ្រើសរើស</translation>
    </message>
    <message>
        <source>&amp;Record a fee payment…</source>
        <translation>កត់ត្រាការបង់ភាគទាន (&amp;R)…</translation>
    </message>
    <message>
        <source>Contributions paid and due this year, as a report to print or save</source>
        <translation>ភាគទានដែលបានបង់ និងត្រូវបង់ក្នុងឆ្នាំនេះ ជារបាយការណ៍សម្រាប់បោះពុម្ព ឬរក្សាទុក</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>បោះពុម្ព (&amp;P)…</translation>
    </message>
    <message>
        <source>Every cash-book entry linked to the chosen member, and their fees (Enter)</source>
        <translation>រាល់ប្រតិបត្តិការក្នុងសៀវភៅសាច់ប្រាក់ ដែលភ្ជាប់នឹងសមាជិកដែលបានជ្រើសរើស និងភាគទានរបស់គាត់ (Enter)</translation>
    </message>
    <message>
        <source>Stat&amp;ement…</source>
        <translation>របាយការណ៍សមាជិក (&amp;e)…</translation>
    </message>
</context>
<context>
    <name>EndTermDialog</name>
    <message>
        <source>%s: %s, since %s.</source>
        <translation>%s៖ %s តាំងពី %s។</translation>
    </message>
    <message>
        <source>End a committee term</source>
        <translation>បញ្ចប់អាណត្តិក្នុងគណៈកម្មការ</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>ថ្ងៃចុងក្រោយ (&amp;L)៖</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>មូលហេតុ (&amp;R)៖</translation>
    </message>
    <message>
        <source>e.g. end of the mandate, resigned</source>
        <translation>ឧទាហរណ៍៖ ផុតអាណត្តិ លាលែងពីតំណែង</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>(choose)</source>
        <translation>(ជ្រើសរើស)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(គ្មាន)</translation>
    </message>
    <message>
        <source>The plan of this fiscal year has no activities.</source>
        <translation>ផែនការនៃឆ្នាំហិរញ្ញវត្ថុនេះមិនមានសកម្មភាពទេ។</translation>
    </message>
    <message>
        <source>Activit&amp;y:</source>
        <translation>សកម្មភាព (&amp;y)៖</translation>
    </message>
    <message>
        <source>New receipt</source>
        <translation>បង្កាន់ដៃទទួលប្រាក់ថ្មី</translation>
    </message>
    <message>
        <source>Received &amp;from:</source>
        <translation>ទទួលពី (&amp;f)៖</translation>
    </message>
    <message>
        <source>New payment</source>
        <translation>ការចំណាយថ្មី</translation>
    </message>
    <message>
        <source>Paid &amp;to:</source>
        <translation>បង់ឱ្យ (&amp;t)៖</translation>
    </message>
    <message>
        <source>Saved %s: %s.</source>
        <translation>បានរក្សាទុក %s៖ %s។</translation>
    </message>
    <message>
        <source>It waits for the committee&apos;s approval: it is above the limit of %s set in the financial policy.</source>
        <translation>វាកំពុងរង់ចាំការអនុម័តពីគណៈកម្មការ៖ វាលើសពីដែនកំណត់ %s ដែលបានកំណត់ក្នុងគោលនយោបាយហិរញ្ញវត្ថុ។</translation>
    </message>
    <message>
        <source>Choose the photo of the paper</source>
        <translation>ជ្រើសរើសរូបថតនៃឯកសារក្រដាស</translation>
    </message>
    <message>
        <source>Pictures (%s)</source>
        <translation>រូបភាព (%s)</translation>
    </message>
    <message>
        <source>%s (%s KB)</source>
        <translation>%s (%s KB)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>គ្មាន</translation>
    </message>
    <message>
        <source>Receipt or payment</source>
        <translation>បង្កាន់ដៃទទួលប្រាក់ ឬការចំណាយ</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>កាលបរិច្ឆេទ (&amp;D)៖</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>គណនី (&amp;A)៖</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>ចំនួនទឹកប្រាក់ (&amp;m)៖</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>ចំណាត់ថ្នាក់ (&amp;C)៖</translation>
    </message>
    <message>
        <source>Payer or pa&amp;yee:</source>
        <translation>អ្នកបង់ ឬអ្នកទទួលប្រាក់ (&amp;y)៖</translation>
    </message>
    <message>
        <source>F&amp;und or donor:</source>
        <translation>មូលនិធិ ឬម្ចាស់ជំនួយ (&amp;u)៖</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>ការពិពណ៌នា (&amp;i)៖</translation>
    </message>
    <message>
        <source>Photo of the paper:</source>
        <translation>រូបថតនៃឯកសារក្រដាស៖</translation>
    </message>
    <message>
        <source>C&amp;hoose a photo…</source>
        <translation>ជ្រើសរើសរូបថត (&amp;h)…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>ដកចេញ (&amp;v)</translation>
    </message>
    <message>
        <source>Enter saves and starts the next entry; Esc closes.</source>
        <translation>ចុច Enter ដើម្បីរក្សាទុក ហើយចាប់ផ្ដើមប្រតិបត្តិការបន្ទាប់។ ចុច Esc ដើម្បីបិទ។</translation>
    </message>
</context>
<context>
    <name>EntryTableModel</name>
    <message>
        <source>The account&apos;s balance after this line: its opening balance and every entry of the account up to here, whatever is filtered.</source>
        <translation>សមតុល្យរបស់គណនី បន្ទាប់ពីជួរនេះ៖ សមតុល្យដើមគ្រា និងរាល់ប្រតិបត្តិការរបស់គណនីរហូតដល់ជួរនេះ ទោះបីជាមានការច្រោះយ៉ាងណាក៏ដោយ។</translation>
    </message>
    <message>
        <source>Click to show the newest entries first, or the oldest.</source>
        <translation>ចុចដើម្បីបង្ហាញប្រតិបត្តិការថ្មីបំផុតមុន ឬចាស់បំផុតមុន។</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>លេខ</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>គណនី</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>ចំណាត់ថ្នាក់</translation>
    </message>
    <message>
        <source>Payer or payee</source>
        <translation>អ្នកបង់ ឬអ្នកទទួលប្រាក់</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>ការពិពណ៌នា</translation>
    </message>
    <message>
        <source>In</source>
        <translation>ចូល</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>ចេញ</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>សមតុល្យ</translation>
    </message>
    <message>
        <source>Correction of %s: %s</source>
        <translation>ការកែតម្រូវ %s៖ %s</translation>
    </message>
    <message>
        <source>Correction: takes back %s.</source>
        <translation>ការកែតម្រូវ៖ បញ្ច្រាស %s។</translation>
    </message>
    <message>
        <source>Reason: %s</source>
        <translation>មូលហេតុ៖ %s</translation>
    </message>
    <message>
        <source>Reversed by %s: this entry no longer counts.</source>
        <translation>ត្រូវបានបញ្ច្រាសដោយ %s៖ ប្រតិបត្តិការនេះលែងរាប់បញ្ចូលទៀតហើយ។</translation>
    </message>
    <message>
        <source>Waits for the committee&apos;s approval (above the limit of the financial policy).</source>
        <translation>កំពុងរង់ចាំការអនុម័តពីគណៈកម្មការ (លើសពីដែនកំណត់នៃគោលនយោបាយហិរញ្ញវត្ថុ)។</translation>
    </message>
    <message>
        <source>The committee did not approve this payment.</source>
        <translation>គណៈកម្មការមិនបានអនុម័តការចំណាយនេះទេ។</translation>
    </message>
    <message>
        <source>Rate: %s riel for 1 dollar</source>
        <translation>អត្រាប្ដូរប្រាក់៖ %s រៀល ក្នុង 1 ដុល្លារ</translation>
    </message>
    <message>
        <source>A photo of the paper is kept with this entry.</source>
        <translation>មានរូបថតនៃឯកសារក្រដាស រក្សាទុកជាមួយប្រតិបត្តិការនេះ។</translation>
    </message>
</context>
<context>
    <name>FeeDialog</name>
    <message>
        <source>riel (៛)</source>
        <translation>រៀល (៛)</translation>
    </message>
    <message>
        <source>dollars ($)</source>
        <translation>ដុល្លារ ($)</translation>
    </message>
    <message>
        <source>No membership fee is set yet: nobody owes anything.</source>
        <translation>មិនទាន់កំណត់ភាគទានសមាជិកនៅឡើយទេ៖ គ្មាននរណាម្នាក់ជំពាក់អ្វីទេ។</translation>
    </message>
    <message>
        <source>From %s: %s</source>
        <translation>ចាប់ពី %s៖ %s</translation>
    </message>
    <message>
        <source>The fees so far (each applies until the next):</source>
        <translation>ភាគទានកន្លងមក (ភាគទាននីមួយៗអនុវត្តរហូតដល់ភាគទានបន្ទាប់)៖</translation>
    </message>
    <message>
        <source>A new fee applies from its day on; a fee from the same day as one above corrects it.</source>
        <translation>ភាគទានថ្មីអនុវត្តចាប់ពីថ្ងៃរបស់វាតទៅ។ ភាគទានដែលមានថ្ងៃដូចគ្នានឹងភាគទានមួយនៅខាងលើ នឹងកែតម្រូវភាគទាននោះ។</translation>
    </message>
    <message>
        <source>Membership fee</source>
        <translation>ភាគទានសមាជិក</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>ចំនួនទឹកប្រាក់ (&amp;A)៖</translation>
    </message>
    <message>
        <source>&amp;Per:</source>
        <translation>រយៈពេល (&amp;P)៖</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>ចាប់ពី (&amp;F)៖</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>កំណត់សម្គាល់ (&amp;N)៖</translation>
    </message>
    <message>
        <source>e.g. decided at the general assembly of 14 March 2026</source>
        <translation>ឧទាហរណ៍៖ បានសម្រេចនៅក្នុងមហាសន្និបាត ថ្ងៃទី 14 ខែមីនា ឆ្នាំ 2026</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>CBO Desk – first start</source>
        <translation>CBO Desk – ការចាប់ផ្ដើមលើកដំបូង</translation>
    </message>
    <message>
        <source>Writing the demo CBO…</source>
        <translation>កំពុងបង្កើតសហគមន៍សាកល្បង…</translation>
    </message>
    <message>
        <source>Open a CBO</source>
        <translation>បើកឯកសារសហគមន៍</translation>
    </message>
    <message>
        <source>CBO files (*%s)</source>
        <translation>ឯកសារសហគមន៍ (*%s)</translation>
    </message>
</context>
<context>
    <name>FundsDialog</name>
    <message>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>ម្ចាស់ជំនួយ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>ឈប់ប្រើ</translation>
    </message>
    <message>
        <source>R&amp;estore</source>
        <translation>ប្រើឡើងវិញ (&amp;e)</translation>
    </message>
    <message>
        <source>R&amp;etire</source>
        <translation>ឈប់ប្រើ (&amp;e)</translation>
    </message>
    <message>
        <source>Funds and donors</source>
        <translation>មូលនិធិ និងម្ចាស់ជំនួយ</translation>
    </message>
    <message>
        <source>A fund is money given for a purpose, such as a donor&apos;s grant. Entries and budgets can name their fund, so the CBO can report to each donor.</source>
        <translation>មូលនិធិ គឺជាប្រាក់ដែលគេផ្ដល់ឱ្យសម្រាប់គោលបំណងជាក់លាក់មួយ ដូចជាថវិកាជំនួយពីម្ចាស់ជំនួយ។ ប្រតិបត្តិការ និងថវិកាអាចបញ្ជាក់មូលនិធិរបស់វា ដើម្បីឱ្យសហគមន៍អាចរាយការណ៍ជូនម្ចាស់ជំនួយនីមួយៗ។</translation>
    </message>
    <message>
        <source>Show &amp;retired funds</source>
        <translation>បង្ហាញមូលនិធិដែលឈប់ប្រើ (&amp;r)</translation>
    </message>
    <message>
        <source>New fund</source>
        <translation>មូលនិធិថ្មី</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>ឈ្មោះ (&amp;N)៖</translation>
    </message>
    <message>
        <source>For example: the grant&apos;s title</source>
        <translation>ឧទាហរណ៍៖ ចំណងជើងនៃថវិកាជំនួយ</translation>
    </message>
    <message>
        <source>&amp;Donor:</source>
        <translation>ម្ចាស់ជំនួយ (&amp;D)៖</translation>
    </message>
    <message>
        <source>&amp;Add the fund</source>
        <translation>បន្ថែមមូលនិធិ (&amp;A)</translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message numerus="yes">
        <source>Nothing was imported. Problems found in the file: %n. Correct them in the file, save it, and import it again.</source>
        <translation>
            <numerusform>គ្មានអ្វីត្រូវបាននាំចូលទេ។ បញ្ហាដែលរកឃើញក្នុងឯកសារ៖ %n។ សូមកែបញ្ហាទាំងនោះក្នុងឯកសារ រក្សាទុកវា រួចនាំចូលម្ដងទៀត។</numerusform>
            <numerusform>គ្មានអ្វីត្រូវបាននាំចូលទេ។ បញ្ហាដែលរកឃើញក្នុងឯកសារ៖ %n។ សូមកែបញ្ហាទាំងនោះក្នុងឯកសារ រក្សាទុកវា រួចនាំចូលម្ដងទៀត។</numerusform>
        </translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>សន្លឹក</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>ជួរ</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>ជួរឈរ</translation>
    </message>
    <message>
        <source>What to correct</source>
        <translation>អ្វីដែលត្រូវកែ</translation>
    </message>
    <message>
        <source>The members were not imported</source>
        <translation>សមាជិកមិនត្រូវបាននាំចូលទេ</translation>
    </message>
    <message>
        <source>Every problem is a likely duplicate. If the file holds other people with the same names, import it anyway.</source>
        <translation>បញ្ហាទាំងអស់ ទំនងជាទិន្នន័យស្ទួន។ ប្រសិនបើឯកសារមានមនុស្សផ្សេងដែលមានឈ្មោះដូចគ្នា សូមនៅតែនាំចូល។</translation>
    </message>
    <message>
        <source>Copy the list, to paste it into a message or a document</source>
        <translation>ចម្លងបញ្ជី ដើម្បីបិទភ្ជាប់វាក្នុងសារ ឬក្នុងឯកសារ</translation>
    </message>
    <message>
        <source>&amp;Copy the list</source>
        <translation>ចម្លងបញ្ជី (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Import anyway: they are other people</source>
        <translation>នៅតែនាំចូល៖ ពួកគេជាមនុស្សផ្សេង (&amp;I)</translation>
    </message>
</context>
<context>
    <name>KeeperPage</name>
    <message>
        <source>Who keeps the file, and where</source>
        <translation>អ្នកណារក្សាឯកសារ ហើយរក្សាទុកនៅឯណា</translation>
    </message>
    <message>
        <source>Save the CBO file as</source>
        <translation>រក្សាទុកឯកសារសហគមន៍ជា</translation>
    </message>
    <message>
        <source>CBO files (*%s)</source>
        <translation>ឯកសារសហគមន៍ (*%s)</translation>
    </message>
    <message>
        <source>Choose where to save the CBO file.</source>
        <translation>សូមជ្រើសរើសកន្លែងរក្សាទុកឯកសារសហគមន៍។</translation>
    </message>
    <message>
        <source>The person who keeps this CBO&apos;s file becomes its administrator. Their name is written in the log of every change.</source>
        <translation>អ្នកដែលរក្សាឯកសាររបស់សហគមន៍នេះ នឹងក្លាយជាអ្នកគ្រប់គ្រងឯកសារនេះ។ ឈ្មោះរបស់គាត់ត្រូវបានកត់ត្រាក្នុងកំណត់ហេតុនៃរាល់ការផ្លាស់ប្ដូរ។</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>ឈ្មោះរបស់អ្នក (&amp;n)៖</translation>
    </message>
    <message>
        <source>Save the CBO &amp;file as:</source>
        <translation>រក្សាទុកឯកសារសហគមន៍ជា (&amp;f)៖</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>រកមើល (&amp;B)…</translation>
    </message>
    <message>
        <source>Keep it on this computer&apos;s own disk, not on a USB stick or a shared folder. Use File → Back up to… to copy it to a USB stick.</source>
        <translation>សូមរក្សាទុកវានៅលើថាសផ្ទាល់របស់កុំព្យូទ័រនេះ មិនមែននៅលើឧបករណ៍ផ្ទុក USB ឬក្នុងថតចែករំលែកទេ។ ប្រើ ឯកសារ → បម្រុងទុកទៅ… ដើម្បីចម្លងវាទៅឧបករណ៍ផ្ទុក USB។</translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <source>The log is empty.</source>
        <translation>កំណត់ហេតុនៅទទេ។</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>កំណត់ហេតុ</translation>
    </message>
    <message>
        <source>&amp;Copy all</source>
        <translation>ចម្លងទាំងអស់ (&amp;C)</translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>បើកថត (&amp;f)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in – CBO Desk</source>
        <translation>ចូល – CBO Desk</translation>
    </message>
    <message>
        <source>Log in to %s</source>
        <translation>ចូលទៅ %s</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>ចូល</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ឈ្មោះអ្នកប្រើ (&amp;U)៖</translation>
    </message>
    <message>
        <source>Type your user name, or pick your name from the list.</source>
        <translation>សូមវាយឈ្មោះអ្នកប្រើរបស់អ្នក ឬជ្រើសរើសឈ្មោះរបស់អ្នកពីបញ្ជី។</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>ពាក្យសម្ងាត់ (&amp;P)៖</translation>
    </message>
    <message>
        <source>Your password was set by the administrator. Choose your own password now: at least 8 characters that only you know.</source>
        <translation>ពាក្យសម្ងាត់របស់អ្នកត្រូវបានកំណត់ដោយអ្នកគ្រប់គ្រង។ សូមជ្រើសរើសពាក្យសម្ងាត់ផ្ទាល់ខ្លួនរបស់អ្នកឥឡូវនេះ៖ យ៉ាងហោចណាស់ 8 តួអក្សរ ដែលមានតែអ្នកប៉ុណ្ណោះដែលដឹង។</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>ពាក្យសម្ងាត់ថ្មី (&amp;N)៖</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>វាយម្ដងទៀត (&amp;A)៖</translation>
    </message>
    <message>
        <source>Save and go on</source>
        <translation>រក្សាទុក ហើយបន្ត</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message numerus="yes">
        <source>The user name or the password is not right. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>ឈ្មោះអ្នកប្រើ ឬពាក្យសម្ងាត់មិនត្រឹមត្រូវទេ។ សូមរង់ចាំ %n វិនាទី រួចព្យាយាមម្ដងទៀត។</numerusform>
            <numerusform>ឈ្មោះអ្នកប្រើ ឬពាក្យសម្ងាត់មិនត្រឹមត្រូវទេ។ សូមរង់ចាំ %n វិនាទី រួចព្យាយាមម្ដងទៀត។</numerusform>
        </translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>សូមព្យាយាមម្ដងទៀត។</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Connect to a shared CBO database…</source>
        <translation>ភ្ជាប់ទៅមូលដ្ឋានទិន្នន័យរួមរបស់សហគមន៍ (&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Log out / switch user…</source>
        <translation>ចាកចេញ / ប្ដូរអ្នកប្រើ (&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Users and passwords…</source>
        <translation>អ្នកប្រើ និងពាក្យសម្ងាត់ (&amp;U)…</translation>
    </message>
    <message>
        <source>Login is off for this CBO.</source>
        <translation>សហគមន៍នេះមិនតម្រូវឱ្យចូលដោយឈ្មោះអ្នកប្រើ និងពាក្យសម្ងាត់ទេ។</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(មិនទាន់មាន)</translation>
    </message>
    <message>
        <source>%s – CBO Desk</source>
        <translation>%s – CBO Desk</translation>
    </message>
    <message>
        <source>CBO: %s  ·  %s</source>
        <translation>សហគមន៍៖ %s  ·  %s</translation>
    </message>
    <message>
        <source>User: %s (%s)</source>
        <translation>អ្នកប្រើ៖ %s (%s)</translation>
    </message>
    <message>
        <source>login off</source>
        <translation>មិនតម្រូវឱ្យចូល</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>ការផ្លាស់ប្ដូរមិនទាន់បានរក្សាទុក</translation>
    </message>
    <message>
        <source>The page “%s” has changes that are not saved yet. Save them now?</source>
        <translation>ទំព័រ «%s» មានការផ្លាស់ប្ដូរដែលមិនទាន់បានរក្សាទុក។ តើរក្សាទុកឥឡូវនេះឬ?</translation>
    </message>
    <message>
        <source>CBO Desk</source>
        <translation>CBO Desk</translation>
    </message>
    <message>
        <source>&amp;Areas</source>
        <translation>ផ្នែកការងារ (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ឯកសារ (&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>បើកឯកសារថ្មីៗ (&amp;r)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>ការកំណត់ (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ជំនួយ (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New CBO…</source>
        <translation>សហគមន៍ថ្មី (&amp;N)…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>បើក (&amp;O)…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Back up to…</source>
        <translation>បម្រុងទុកទៅ (&amp;B)…</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>R&amp;estore…</source>
        <translation>ស្ដារ (&amp;e)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ចាកចេញ (&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Language and settings…</source>
        <translation>ភាសា និងការកំណត់ (&amp;L)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Show &amp;log</source>
        <translation>បង្ហាញកំណត់ហេតុ (&amp;l)</translation>
    </message>
    <message>
        <source>&amp;About CBO Desk</source>
        <translation>អំពី CBO Desk (&amp;A)</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Group %s</source>
        <translation>ក្រុមទី %s</translation>
    </message>
    <message>
        <source>General</source>
        <translation>ទូទៅ</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>វត្តមាន</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>គោលបំណង</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>របៀបវារៈ</translation>
    </message>
    <message>
        <source>Group work</source>
        <translation>ការងារក្រុម</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>សេចក្ដីសម្រេច</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>ការងារត្រូវធ្វើ</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>សេចក្ដីសន្និដ្ឋាន</translation>
    </message>
    <message>
        <source>Annexes</source>
        <translation>ឧបសម្ព័ន្ធ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ប្រភេទ (&amp;K)៖</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ចំណងជើង (&amp;T)៖</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>កាលបរិច្ឆេទ (&amp;D)៖</translation>
    </message>
    <message>
        <source>Ti&amp;me:</source>
        <translation>ម៉ោង (&amp;m)៖</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>ទីកន្លែង (&amp;P)៖</translation>
    </message>
    <message>
        <source>&amp;Facilitated by:</source>
        <translation>អ្នកសម្របសម្រួល (&amp;F)៖</translation>
    </message>
    <message>
        <source>M&amp;C:</source>
        <translation>អ្នកដឹកនាំកម្មវិធី (&amp;C)៖</translation>
    </message>
    <message>
        <source>Minutes ta&amp;ken by:</source>
        <translation>អ្នកកត់ត្រា (&amp;k)៖</translation>
    </message>
    <message>
        <source>C&amp;haired by:</source>
        <translation>ប្រធានអង្គប្រជុំ (&amp;h)៖</translation>
    </message>
    <message>
        <source>&amp;Language of the minutes:</source>
        <translation>ភាសានៃកំណត់ហេតុប្រជុំ (&amp;L)៖</translation>
    </message>
    <message>
        <source>to</source>
        <translation>ដល់</translation>
    </message>
    <message>
        <source>The printed minutes use the language chosen here for their headings. Names of the facilitator, MC and minutes taker are suggested from the attendance list.</source>
        <translation>កំណត់ហេតុប្រជុំដែលបោះពុម្ព ប្រើភាសាដែលបានជ្រើសរើសនៅទីនេះ សម្រាប់ចំណងជើងផ្នែកនានា។ ឈ្មោះអ្នកសម្របសម្រួល អ្នកដឹកនាំកម្មវិធី និងអ្នកកត់ត្រា ត្រូវបានស្នើឡើងពីបញ្ជីវត្តមាន។</translation>
    </message>
    <message>
        <source>One objective per line; the printed minutes number them.</source>
        <translation>គោលបំណងមួយក្នុងមួយបន្ទាត់។ កំណត់ហេតុប្រជុំដែលបោះពុម្ព នឹងដាក់លេខរៀងឱ្យគោលបំណងទាំងនោះ។</translation>
    </message>
    <message>
        <source>Agenda item:</source>
        <translation>ចំណុចរបៀបវារៈ៖</translation>
    </message>
    <message>
        <source>Presented by:</source>
        <translation>បង្ហាញដោយ៖</translation>
    </message>
    <message>
        <source>Result (what was said and agreed):</source>
        <translation>លទ្ធផល (អ្វីដែលបានលើកឡើង និងបានឯកភាព)៖</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>បន្ថែមចំណុច (&amp;A)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ដកចេញ</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>ក្រុម៖</translation>
    </message>
    <message>
        <source>Question given:</source>
        <translation>សំណួរដែលបានផ្ដល់ឱ្យ៖</translation>
    </message>
    <message>
        <source>The group&apos;s answers:</source>
        <translation>ចម្លើយរបស់ក្រុម៖</translation>
    </message>
    <message>
        <source>&amp;Add group</source>
        <translation>បន្ថែមក្រុម (&amp;A)</translation>
    </message>
    <message>
        <source>Leave the votes empty for a decision taken without a count. A member with a declared conflict of interest abstains.</source>
        <translation>សូមទុកចំនួនសំឡេងឆ្នោតឱ្យនៅទំនេរ សម្រាប់សេចក្ដីសម្រេចដែលបានធ្វើឡើងដោយមិនរាប់សំឡេង។ សមាជិកដែលបានប្រកាសថាមានទំនាស់ផលប្រយោជន៍ ត្រូវអនុបវាទ (មិនបោះឆ្នោត)។</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>សេចក្ដីសម្រេច</translation>
    </message>
    <message>
        <source>For</source>
        <translation>គាំទ្រ</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>ជំទាស់</translation>
    </message>
    <message>
        <source>Abstained</source>
        <translation>អនុបវាទ</translation>
    </message>
    <message>
        <source>Add &amp;decision</source>
        <translation>បន្ថែមសេចក្ដីសម្រេច (&amp;d)</translation>
    </message>
    <message>
        <source>Action items decided at this meeting</source>
        <translation>ការងារត្រូវធ្វើ ដែលបានសម្រេចនៅក្នុងកិច្ចប្រជុំនេះ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ការងារ</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>អ្នកទទួលខុសត្រូវ</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>កាលកំណត់</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>ធ្វើរួចនៅថ្ងៃ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>កំណត់សម្គាល់</translation>
    </message>
    <message>
        <source>Add a&amp;ction</source>
        <translation>បន្ថែមការងារ (&amp;c)</translation>
    </message>
    <message>
        <source>From earlier meetings</source>
        <translation>ពីកិច្ចប្រជុំមុនៗ</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>សម្រេចនៅកិច្ចប្រជុំ</translation>
    </message>
    <message>
        <source>Done…</source>
        <translation>រួចរាល់…</translation>
    </message>
    <message>
        <source>Dropped…</source>
        <translation>បោះបង់…</translation>
    </message>
    <message>
        <source>Still open…</source>
        <translation>នៅមិនទាន់រួច…</translation>
    </message>
    <message>
        <source>Conclusion and ways forward:</source>
        <translation>សេចក្ដីសន្និដ្ឋាន និងទិសដៅបន្ត៖</translation>
    </message>
    <message>
        <source>Closing remark:</source>
        <translation>មតិបិទកិច្ចប្រជុំ៖</translation>
    </message>
    <message>
        <source>Closing remark &amp;by:</source>
        <translation>មតិបិទកិច្ចប្រជុំដោយ (&amp;b)៖</translation>
    </message>
    <message>
        <source>Files that go with the minutes: the attendance sheet, slides, the concept note, photos (at most %s MB each).</source>
        <translation>ឯកសារភ្ជាប់ជាមួយកំណត់ហេតុប្រជុំ៖ សន្លឹកវត្តមាន ស្លាយបទបង្ហាញ កំណត់គំនិត (concept note) និងរូបថត (ទំហំអតិបរមា %s MB ក្នុងមួយឯកសារ)។</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ចំណងជើង</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ទំហំ</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>បន្ថែមឯកសារ (&amp;f)…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>បើក</translation>
    </message>
    <message>
        <source>Approve the minutes</source>
        <translation>អនុម័តកំណត់ហេតុប្រជុំ</translation>
    </message>
    <message>
        <source>Approved at the meeting:</source>
        <translation>បានអនុម័តនៅកិច្ចប្រជុំ៖</translation>
    </message>
    <message>
        <source>Approved on:</source>
        <translation>បានអនុម័តនៅថ្ងៃ៖</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>អនុម័ត (&amp;A)</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>ចាក់សោ</translation>
    </message>
    <message>
        <source>Locked minutes never change again, and no annex can be added. A correction is then an amendment note.</source>
        <translation>កំណត់ហេតុប្រជុំដែលបានចាក់សោ មិនអាចផ្លាស់ប្ដូរទៀតបានទេ ហើយក៏មិនអាចបន្ថែមឧបសម្ព័ន្ធបានដែរ។ ការកែតម្រូវ ត្រូវធ្វើជាកំណត់សម្គាល់វិសោធនកម្ម។</translation>
    </message>
    <message>
        <source>&amp;Lock the minutes</source>
        <translation>ចាក់សោកំណត់ហេតុប្រជុំ (&amp;L)</translation>
    </message>
    <message>
        <source>Amendment notes</source>
        <translation>កំណត់សម្គាល់វិសោធនកម្ម</translation>
    </message>
    <message>
        <source>A correction of the approved minutes, as agreed</source>
        <translation>ការកែតម្រូវកំណត់ហេតុប្រជុំដែលបានអនុម័ត តាមការឯកភាព</translation>
    </message>
    <message>
        <source>Add amendment &amp;note</source>
        <translation>បន្ថែមកំណត់សម្គាល់វិសោធនកម្ម (&amp;n)</translation>
    </message>
    <message>
        <source>&amp;Print minutes…</source>
        <translation>បោះពុម្ពកំណត់ហេតុប្រជុំ (&amp;P)…</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>កិច្ចប្រជុំថ្មី</translation>
    </message>
    <message>
        <source>New meeting: %s</source>
        <translation>កិច្ចប្រជុំថ្មី៖ %s</translation>
    </message>
    <message>
        <source>Recorded by %s on %s.</source>
        <translation>បានកត់ត្រាដោយ %s នៅថ្ងៃ %s។</translation>
    </message>
    <message>
        <source>Last changed by %s on %s.</source>
        <translation>បានកែប្រែចុងក្រោយដោយ %s នៅថ្ងៃ %s។</translation>
    </message>
    <message>
        <source>These minutes are %s: they are shown as they were approved. A correction is an amendment note (Status tab).</source>
        <translation>កំណត់ហេតុប្រជុំនេះ %s៖ វាត្រូវបានបង្ហាញដូចពេលដែលបានអនុម័ត។ ការកែតម្រូវ ត្រូវធ្វើជាកំណត់សម្គាល់វិសោធនកម្ម (ផ្ទាំង «ស្ថានភាព»)។</translation>
    </message>
    <message>
        <source>Your role reads the minutes; the secretary writes them.</source>
        <translation>តួនាទីរបស់អ្នកអាចត្រឹមតែអានកំណត់ហេតុប្រជុំប៉ុណ្ណោះ។ លេខាធិការជាអ្នកសរសេរកំណត់ហេតុប្រជុំ។</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>ការផ្លាស់ប្ដូរមិនទាន់បានរក្សាទុក</translation>
    </message>
    <message>
        <source>This meeting has changes that are not saved yet. Save them now?</source>
        <translation>កិច្ចប្រជុំនេះមានការផ្លាស់ប្ដូរដែលមិនទាន់បានរក្សាទុក។ តើរក្សាទុកឥឡូវនេះឬ?</translation>
    </message>
    <message>
        <source>Save first</source>
        <translation>រក្សាទុកជាមុនសិន</translation>
    </message>
    <message>
        <source>The meeting has changes that are not saved yet. Save them first?</source>
        <translation>កិច្ចប្រជុំនេះមានការផ្លាស់ប្ដូរដែលមិនទាន់បានរក្សាទុក។ តើរក្សាទុកវាជាមុនសិនឬ?</translation>
    </message>
    <message>
        <source>%s on %s</source>
        <translation>%s នៅថ្ងៃ %s</translation>
    </message>
    <message>
        <source>%s, overdue</source>
        <translation>%s ហួសកាលកំណត់</translation>
    </message>
    <message>
        <source>Save the meeting once to see the open action items of earlier meetings of the same kind and review them here.</source>
        <translation>សូមរក្សាទុកកិច្ចប្រជុំនេះម្ដងសិន ដើម្បីមើលការងារត្រូវធ្វើដែលមិនទាន់រួច ពីកិច្ចប្រជុំមុនៗប្រភេទដូចគ្នា ហើយពិនិត្យវានៅទីនេះ។</translation>
    </message>
    <message>
        <source>No open action items from earlier meetings of this kind.</source>
        <translation>គ្មានការងារត្រូវធ្វើដែលមិនទាន់រួច ពីកិច្ចប្រជុំមុនៗប្រភេទនេះទេ។</translation>
    </message>
    <message>
        <source>Open action items of earlier meetings of this kind, to review at this meeting. What you mark is saved at once.</source>
        <translation>ការងារត្រូវធ្វើដែលមិនទាន់រួច ពីកិច្ចប្រជុំមុនៗប្រភេទនេះ សម្រាប់ពិនិត្យនៅក្នុងកិច្ចប្រជុំនេះ។ អ្វីដែលអ្នកសម្គាល់ ត្រូវបានរក្សាទុកភ្លាមៗ។</translation>
    </message>
    <message>
        <source>Action item not changed</source>
        <translation>ការងារត្រូវធ្វើមិនត្រូវបានផ្លាស់ប្ដូរទេ</translation>
    </message>
    <message>
        <source>Review an action item</source>
        <translation>ពិនិត្យការងារត្រូវធ្វើ</translation>
    </message>
    <message>
        <source>Done on:</source>
        <translation>ធ្វើរួចនៅថ្ងៃ៖</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>កំណត់សម្គាល់៖</translation>
    </message>
    <message>
        <source>%s KB</source>
        <translation>%s KB</translation>
    </message>
    <message>
        <source>%s MB</source>
        <translation>%s MB</translation>
    </message>
    <message>
        <source>Choose the file to attach</source>
        <translation>ជ្រើសរើសឯកសារដែលត្រូវភ្ជាប់</translation>
    </message>
    <message>
        <source>Title of the annex</source>
        <translation>ចំណងជើងនៃឧបសម្ព័ន្ធ</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>ចំណងជើង៖</translation>
    </message>
    <message>
        <source>Annex not added</source>
        <translation>មិនបានបន្ថែមឧបសម្ព័ន្ធទេ</translation>
    </message>
    <message>
        <source>Remove the annex</source>
        <translation>ដកឧបសម្ព័ន្ធចេញ</translation>
    </message>
    <message>
        <source>Remove “%s” from the minutes?</source>
        <translation>តើអ្នកចង់ដក «%s» ចេញពីកំណត់ហេតុប្រជុំមែនទេ?</translation>
    </message>
    <message>
        <source>(not at a recorded meeting)</source>
        <translation>(មិនមែននៅកិច្ចប្រជុំដែលបានកត់ត្រា)</translation>
    </message>
    <message>
        <source>Draft: the minutes are written and changed until they are approved. Save the meeting first.</source>
        <translation>សេចក្ដីព្រាង៖ កំណត់ហេតុប្រជុំត្រូវបានសរសេរ និងកែប្រែ រហូតដល់ពេលត្រូវបានអនុម័ត។ សូមរក្សាទុកកិច្ចប្រជុំជាមុនសិន។</translation>
    </message>
    <message>
        <source>Draft: the minutes can still be changed. They are usually approved at the next meeting.</source>
        <translation>សេចក្ដីព្រាង៖ កំណត់ហេតុប្រជុំនៅតែអាចកែប្រែបាន។ ជាធម្មតា វាត្រូវបានអនុម័តនៅកិច្ចប្រជុំបន្ទាប់។</translation>
    </message>
    <message>
        <source>They are no longer changed; a correction is an amendment note.</source>
        <translation>វាមិនត្រូវបានកែប្រែទៀតទេ។ ការកែតម្រូវ ត្រូវធ្វើជាកំណត់សម្គាល់វិសោធនកម្ម។</translation>
    </message>
    <message>
        <source>The minutes are locked.</source>
        <translation>កំណត់ហេតុប្រជុំត្រូវបានចាក់សោ។</translation>
    </message>
    <message>
        <source>%s, by %s: %s</source>
        <translation>%s ដោយ %s៖ %s</translation>
    </message>
    <message>
        <source>No amendment notes.</source>
        <translation>គ្មានកំណត់សម្គាល់វិសោធនកម្មទេ។</translation>
    </message>
    <message>
        <source>Approved on %s at the meeting %s.</source>
        <translation>បានអនុម័តនៅថ្ងៃ %s នៅកិច្ចប្រជុំ %s។</translation>
    </message>
    <message>
        <source>Approved on %s.</source>
        <translation>បានអនុម័តនៅថ្ងៃ %s។</translation>
    </message>
    <message>
        <source>Lock the minutes</source>
        <translation>ចាក់សោកំណត់ហេតុប្រជុំ</translation>
    </message>
    <message>
        <source>Lock these minutes for good? They can then only be corrected by amendment notes.</source>
        <translation>តើអ្នកចង់ចាក់សោកំណត់ហេតុប្រជុំនេះជាស្ថាពរមែនទេ? បន្ទាប់មក វាអាចកែតម្រូវបានតែតាមរយៈកំណត់សម្គាល់វិសោធនកម្មប៉ុណ្ណោះ។</translation>
    </message>
</context>
<context>
    <name>MeetingSettingsDialog</name>
    <message>
        <source>Meeting settings</source>
        <translation>ការកំណត់កិច្ចប្រជុំ</translation>
    </message>
    <message>
        <source>Write these as your by-law says. The quorum is a share of the members active on the day of the general assembly: 1/2 means more than half, &gt;=2/3 at least two thirds, 60% at least 60 per cent.</source>
        <translation>សូមសរសេរតាមលក្ខន្តិកៈរបស់អ្នក។ កូរ៉ុម គឺជាចំណែកនៃសមាជិកដែលសកម្មនៅថ្ងៃមហាសន្និបាត៖ 1/2 មានន័យថា លើសពីពាក់កណ្ដាល &gt;=2/3 មានន័យថា យ៉ាងហោចណាស់ពីរភាគបី និង 60% មានន័យថា យ៉ាងហោចណាស់ 60 ភាគរយ។</translation>
    </message>
    <message>
        <source>&amp;Quorum of a general assembly:</source>
        <translation>កូរ៉ុមនៃមហាសន្និបាត (&amp;Q)៖</translation>
    </message>
    <message>
        <source>The &amp;committee meets:</source>
        <translation>គណៈកម្មការប្រជុំ (&amp;c)៖</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <source>Date</source>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ចំណងជើង</translation>
    </message>
    <message>
        <source>Members present
women / men / all</source>
        <translation>សមាជិកមានវត្តមាន
ស្រី / ប្រុស / សរុប</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>ភ្ញៀវ</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>កំណត់ហេតុ</translation>
    </message>
    <message>
        <source>Open
actions</source>
        <translation>ការងារ
មិនទាន់រួចរាល់</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>នឹងប្រព្រឹត្តទៅ</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Meetings and minutes</source>
        <translation>កិច្ចប្រជុំ និងកំណត់ហេតុប្រជុំ</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ប្រភេទ (&amp;K)៖</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>ឆ្នាំ (&amp;Y)៖</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>កិច្ចប្រជុំ</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>កិច្ចប្រជុំថ្មី (&amp;N)…</translation>
    </message>
    <message>
        <source>Record a meeting and write its minutes (Ctrl+N)</source>
        <translation>កត់ត្រាកិច្ចប្រជុំ និងសរសេរកំណត់ហេតុប្រជុំ (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>បើក (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Delete draft</source>
        <translation>លុបសេចក្ដីព្រាង (&amp;D)</translation>
    </message>
    <message>
        <source>Delete a meeting whose minutes are still a draft</source>
        <translation>លុបកិច្ចប្រជុំ ដែលកំណត់ហេតុប្រជុំនៅជាសេចក្ដីព្រាងនៅឡើយ</translation>
    </message>
    <message>
        <source>&amp;Print minutes…</source>
        <translation>បោះពុម្ពកំណត់ហេតុប្រជុំ (&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Attendance list…</source>
        <translation>បញ្ជីវត្តមាន (&amp;A)…</translation>
    </message>
    <message>
        <source>Pa&amp;rticipation report…</source>
        <translation>របាយការណ៍ការចូលរួម (&amp;r)…</translation>
    </message>
    <message>
        <source>How often each member came to the meetings of the chosen year</source>
        <translation>ចំនួនដងដែលសមាជិកម្នាក់ៗបានចូលរួមកិច្ចប្រជុំ ក្នុងឆ្នាំដែលបានជ្រើសរើស</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>ការកំណត់ (&amp;S)…</translation>
    </message>
    <message>
        <source>The quorum of a general assembly and how often the committee meets, as the by-law says</source>
        <translation>កូរ៉ុមនៃមហាសន្និបាត និងភាពញឹកញាប់នៃការប្រជុំរបស់គណៈកម្មការ តាមលក្ខន្តិកៈ</translation>
    </message>
    <message>
        <source>Your role does not see the meetings. The secretary, the chair and the committee do; the printed minutes are in Reports.</source>
        <translation>តួនាទីរបស់អ្នកមិនអាចមើលកិច្ចប្រជុំបានទេ។ លេខាធិការ ប្រធាន និងគណៈកម្មការ អាចមើលបាន។ កំណត់ហេតុប្រជុំសម្រាប់បោះពុម្ព មាននៅក្នុងផ្នែក «របាយការណ៍»។</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>គ្រប់ប្រភេទ</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>គ្រប់ឆ្នាំ</translation>
    </message>
    <message numerus="yes">
        <source>Overdue action items (%n)</source>
        <translation>
            <numerusform>ការងារត្រូវធ្វើដែលហួសកាលកំណត់ (%n)</numerusform>
            <numerusform>ការងារត្រូវធ្វើដែលហួសកាលកំណត់ (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n upcoming</source>
        <translation>
            <numerusform>កិច្ចប្រជុំនាពេលខាងមុខ៖ %n</numerusform>
            <numerusform>កិច្ចប្រជុំនាពេលខាងមុខ៖ %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n past meeting(s)</source>
        <translation>
            <numerusform>កិច្ចប្រជុំកន្លងមក៖ %n</numerusform>
            <numerusform>កិច្ចប្រជុំកន្លងមក៖ %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The by-law sets no rule for how often the committee meets.</source>
        <translation>លក្ខន្តិកៈមិនបានកំណត់ថា គណៈកម្មការត្រូវប្រជុំញឹកញាប់ប៉ុណ្ណាទេ។</translation>
    </message>
    <message>
        <source>Committee meetings in %1: none due yet (the by-law says %2).</source>
        <translation>កិច្ចប្រជុំគណៈកម្មការក្នុងឆ្នាំ %1៖ មិនទាន់ដល់ពេលត្រូវប្រជុំនៅឡើយទេ (លក្ខន្តិកៈកំណត់ %2)។</translation>
    </message>
    <message>
        <source>The committee met as the by-law says (%1) in %2: %3 of %4 periods so far.</source>
        <translation>គណៈកម្មការបានប្រជុំតាមលក្ខន្តិកៈកំណត់ (%1) ក្នុងឆ្នាំ %2៖ %3 ក្នុងចំណោម %4 រយៈពេល រហូតមកដល់ពេលនេះ។</translation>
    </message>
    <message>
        <source>The committee did not meet as often as the by-law says (%1) in %2: %3 of %4 periods so far. No meeting in: %5.</source>
        <translation>គណៈកម្មការមិនបានប្រជុំញឹកញាប់ដូចលក្ខន្តិកៈកំណត់ (%1) ក្នុងឆ្នាំ %2 ទេ៖ %3 ក្នុងចំណោម %4 រយៈពេល រហូតមកដល់ពេលនេះ។ គ្មានកិច្ចប្រជុំក្នុង៖ %5។</translation>
    </message>
    <message>
        <source>Delete the meeting</source>
        <translation>លុបកិច្ចប្រជុំ</translation>
    </message>
    <message>
        <source>Delete “%s” with its attendance, minutes, decisions, action items and annexes? This cannot be undone.</source>
        <translation>តើអ្នកចង់លុប «%s» រួមជាមួយវត្តមាន កំណត់ហេតុប្រជុំ សេចក្ដីសម្រេច ការងារត្រូវធ្វើ និងឧបសម្ព័ន្ធរបស់វាមែនទេ? សកម្មភាពនេះមិនអាចត្រឡប់វិញបានទេ។</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>(choose)</source>
        <translation>(ជ្រើសរើស)</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>មិនដឹង</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>បាទ/ចាស</translation>
    </message>
    <message>
        <source>No</source>
        <translation>ទេ</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>សមាជិកថ្មី</translation>
    </message>
    <message>
        <source>The number is given when the member is saved.</source>
        <translation>លេខសមាជិកនឹងត្រូវបានផ្ដល់ឱ្យ នៅពេលរក្សាទុកសមាជិក។</translation>
    </message>
    <message>
        <source>Member %s: %s</source>
        <translation>សមាជិក %s៖ %s</translation>
    </message>
    <message>
        <source>Member %s</source>
        <translation>សមាជិក %s</translation>
    </message>
    <message>
        <source>%s since %s</source>
        <translation>%s តាំងពី %s</translation>
    </message>
    <message>
        <source>Added by %s on %s.</source>
        <translation>បានបន្ថែមដោយ %s នៅថ្ងៃ %s។</translation>
    </message>
    <message>
        <source>Last changed by %s on %s.</source>
        <translation>បានកែប្រែចុងក្រោយដោយ %s នៅថ្ងៃ %s។</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>គ្មានរូបថត</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>បានចូលជាសមាជិក</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>From</source>
        <translation>ចាប់ពី</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>មូលហេតុ</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>កត់ត្រាដោយ</translation>
    </message>
    <message>
        <source>today</source>
        <translation>បច្ចុប្បន្ន</translation>
    </message>
    <message>
        <source>%s: %s – %s</source>
        <translation>%s៖ %s – %s</translation>
    </message>
    <message>
        <source>Committee: %s</source>
        <translation>គណៈកម្មការ៖ %s</translation>
    </message>
    <message>
        <source>Has not held a committee position.</source>
        <translation>មិនធ្លាប់កាន់តំណែងក្នុងគណៈកម្មការទេ។</translation>
    </message>
    <message>
        <source>age %s</source>
        <translation>អាយុ %s ឆ្នាំ</translation>
    </message>
    <message>
        <source>Saved member %s: %s. Type the next member.</source>
        <translation>បានរក្សាទុកសមាជិក %s៖ %s។ សូមវាយសមាជិកបន្ទាប់។</translation>
    </message>
    <message>
        <source>Is this member in the register already?</source>
        <translation>តើសមាជិកនេះមានក្នុងបញ្ជីសមាជិករួចហើយឬ?</translation>
    </message>
    <message>
        <source>The register has a member with the same name, year of birth and village:</source>
        <translation>បញ្ជីសមាជិកមានសមាជិកម្នាក់ ដែលមានឈ្មោះ ឆ្នាំកំណើត និងភូមិដូចគ្នា៖</translation>
    </message>
    <message>
        <source>If this is the same person, go back and open that member instead. If it is another person with the same name, save anyway.</source>
        <translation>ប្រសិនបើជាមនុស្សតែមួយ សូមត្រឡប់ក្រោយ ហើយបើកសមាជិកនោះជំនួសវិញ។ ប្រសិនបើជាមនុស្សផ្សេងដែលមានឈ្មោះដូចគ្នា សូមនៅតែរក្សាទុក។</translation>
    </message>
    <message>
        <source>Go &amp;back</source>
        <translation>ត្រឡប់ក្រោយ (&amp;b)</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>នៅតែរក្សាទុក (&amp;S)</translation>
    </message>
    <message>
        <source>member %s</source>
        <translation>សមាជិក %s</translation>
    </message>
    <message>
        <source>born %s</source>
        <translation>កើត %s</translation>
    </message>
    <message>
        <source>Already in the register? %s</source>
        <translation>មានក្នុងបញ្ជីសមាជិករួចហើយឬ? %s</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>ការផ្លាស់ប្ដូរមិនទាន់បានរក្សាទុក</translation>
    </message>
    <message>
        <source>This member has changes that are not saved yet. Save them now?</source>
        <translation>សមាជិកនេះមានការផ្លាស់ប្ដូរដែលមិនទាន់បានរក្សាទុក។ តើរក្សាទុកឥឡូវនេះឬ?</translation>
    </message>
    <message>
        <source>Choose the member&apos;s photo</source>
        <translation>ជ្រើសរើសរូបថតរបស់សមាជិក</translation>
    </message>
    <message>
        <source>Pictures (%s)</source>
        <translation>រូបភាព (%s)</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>សមាជិក</translation>
    </message>
    <message>
        <source>Name in &amp;Khmer:</source>
        <translation>ឈ្មោះជាភាសាខ្មែរ (&amp;K)៖</translation>
    </message>
    <message>
        <source>in Khmer script, e.g. សុខ ដារ៉ា</source>
        <translation>ជាអក្សរខ្មែរ ឧទាហរណ៍ សុខ ដារ៉ា</translation>
    </message>
    <message>
        <source>Name in &amp;Latin letters:</source>
        <translation>ឈ្មោះជាអក្សរឡាតាំង (&amp;L)៖</translation>
    </message>
    <message>
        <source>e.g. Sok Dara</source>
        <translation>ឧទាហរណ៍ Sok Dara</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>ភេទ (&amp;x)៖</translation>
    </message>
    <message>
        <source>Date or &amp;year of birth:</source>
        <translation>ថ្ងៃខែឆ្នាំ ឬឆ្នាំកំណើត (&amp;y)៖</translation>
    </message>
    <message>
        <source>1985 or 14/03/1985</source>
        <translation>1985 ឬ 14/03/1985</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>ភូមិ (&amp;V)៖</translation>
    </message>
    <message>
        <source>Add a village (and its commune) to the list</source>
        <translation>បន្ថែមភូមិ (និងឃុំរបស់វា) ទៅក្នុងបញ្ជី</translation>
    </message>
    <message>
        <source>Ne&amp;w village…</source>
        <translation>ភូមិថ្មី (&amp;w)…</translation>
    </message>
    <message>
        <source>&amp;Joined on:</source>
        <translation>ថ្ងៃចូលជាសមាជិក (&amp;J)៖</translation>
    </message>
    <message>
        <source>&amp;Household head:</source>
        <translation>មេគ្រួសារ (&amp;H)៖</translation>
    </message>
    <message>
        <source>Pho&amp;ne:</source>
        <translation>ទូរស័ព្ទ (&amp;n)៖</translation>
    </message>
    <message>
        <source>e.g. 012 345 678</source>
        <translation>ឧទាហរណ៍ 012 345 678</translation>
    </message>
    <message>
        <source>National &amp;ID card:</source>
        <translation>អត្តសញ្ញាណប័ណ្ណ (&amp;I)៖</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>មិនចាំបាច់</translation>
    </message>
    <message>
        <source>ID&amp;Poor:</source>
        <translation>ប័ណ្ណសមធម៌ (&amp;P)៖</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>កំណត់សម្គាល់ (&amp;t)៖</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>រូបថត</translation>
    </message>
    <message>
        <source>Ch&amp;oose photo…</source>
        <translation>ជ្រើសរើសរូបថត (&amp;o)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>ដកចេញ (&amp;m)</translation>
    </message>
    <message>
        <source>Status and committee</source>
        <translation>ស្ថានភាព និងគណៈកម្មការ</translation>
    </message>
    <message>
        <source>Record that the member became inactive, left, died, or is active again</source>
        <translation>កត់ត្រាថាសមាជិកបានក្លាយជាអសកម្ម បានចាកចេញ បានទទួលមរណភាព ឬសកម្មឡើងវិញ</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation>ប្ដូរស្ថានភាព (&amp;s)…</translation>
    </message>
    <message>
        <source>Every cash-book entry linked to the member, and their fees</source>
        <translation>រាល់ប្រតិបត្តិការក្នុងសៀវភៅសាច់ប្រាក់ ដែលភ្ជាប់នឹងសមាជិក និងភាគទានរបស់គាត់</translation>
    </message>
    <message>
        <source>Statemen&amp;t…</source>
        <translation>របាយការណ៍សមាជិក (&amp;t)…</translation>
    </message>
    <message>
        <source>Save this member and start the next one (Ctrl+Shift+S)</source>
        <translation>រក្សាទុកសមាជិកនេះ ហើយចាប់ផ្ដើមសមាជិកបន្ទាប់ (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Save and &amp;add another</source>
        <translation>រក្សាទុក ហើយបន្ថែមម្នាក់ទៀត (&amp;a)</translation>
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message>
        <source>Member %s</source>
        <translation>សមាជិក %s</translation>
    </message>
    <message>
        <source>Not linked to a member. To link one, choose them from the list.</source>
        <translation>មិនទាន់ភ្ជាប់ទៅសមាជិកណាមួយទេ។ ដើម្បីភ្ជាប់ សូមជ្រើសរើសសមាជិកពីបញ្ជី។</translation>
    </message>
    <message>
        <source>Choose the member from the list.</source>
        <translation>សូមជ្រើសរើសសមាជិកពីបញ្ជី។</translation>
    </message>
    <message>
        <source>Type a name or a member number to choose a member.</source>
        <translation>សូមវាយឈ្មោះ ឬលេខសមាជិក ដើម្បីជ្រើសរើសសមាជិក។</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>No.</source>
        <translation>ល.រ</translation>
    </message>
    <message>
        <source>Name in Khmer</source>
        <translation>ឈ្មោះជាភាសាខ្មែរ</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>ឈ្មោះជាអក្សរឡាតាំង</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>ភេទ</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>អាយុ</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>ភូមិ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ទូរស័ព្ទ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>គណៈកម្មការ</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>ថ្ងៃចូល</translation>
    </message>
    <message>
        <source>Click to sort by this column; click again for the other direction.</source>
        <translation>ចុចដើម្បីតម្រៀបតាមជួរឈរនេះ។ ចុចម្ដងទៀត ដើម្បីតម្រៀបតាមលំដាប់ផ្ទុយ។</translation>
    </message>
    <message>
        <source>The committee position the member holds today.</source>
        <translation>តំណែងក្នុងគណៈកម្មការ ដែលសមាជិកកំពុងកាន់បច្ចុប្បន្ន។</translation>
    </message>
    <message>
        <source>%s since %s</source>
        <translation>%s តាំងពី %s</translation>
    </message>
</context>
<context>
    <name>MembersCommon</name>
    <message>
        <source>%s (no longer used)</source>
        <translation>%s (លែងប្រើ)</translation>
    </message>
</context>
<context>
    <name>MembersExcel</name>
    <message>
        <source>Import members from Excel</source>
        <translation>នាំចូលសមាជិកពី Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>ឯកសារ Excel (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>Members imported: %n.</source>
        <translation>
            <numerusform>សមាជិកដែលបាននាំចូល៖ %n នាក់។</numerusform>
            <numerusform>សមាជិកដែលបាននាំចូល៖ %n នាក់។</numerusform>
        </translation>
    </message>
    <message>
        <source>They have the numbers %s to %s.</source>
        <translation>ពួកគេមានលេខសមាជិកពី %s ដល់ %s។</translation>
    </message>
    <message>
        <source>The file also had phone numbers, ID cards or IDPoor status: they were not imported, because your role does not see them. Ask the secretary to import the file.</source>
        <translation>ឯកសារនេះក៏មានលេខទូរស័ព្ទ អត្តសញ្ញាណប័ណ្ណ ឬស្ថានភាពប័ណ្ណសមធម៌ផងដែរ៖ ព័ត៌មានទាំងនេះមិនត្រូវបាននាំចូលទេ ព្រោះតួនាទីរបស់អ្នកមិនអាចមើលវាបាន។ សូមស្នើឱ្យលេខាធិការនាំចូលឯកសារនេះ។</translation>
    </message>
    <message>
        <source>Members imported</source>
        <translation>បាននាំចូលសមាជិក</translation>
    </message>
    <message>
        <source>Checking and importing the members…</source>
        <translation>កំពុងពិនិត្យ និងនាំចូលសមាជិក…</translation>
    </message>
    <message>
        <source>Member import template</source>
        <translation>គំរូនាំចូលសមាជិក</translation>
    </message>
    <message>
        <source>Save the member template</source>
        <translation>រក្សាទុកគំរូសមាជិក</translation>
    </message>
    <message>
        <source>Template saved</source>
        <translation>បានរក្សាទុកគំរូ</translation>
    </message>
    <message>
        <source>The template is saved as %s. Fill in one row per member on the sheet “Members” (the sheet “Read me” says how), then choose More → Import members from Excel.</source>
        <translation>គំរូត្រូវបានរក្សាទុកជា %s។ សូមបំពេញសមាជិកម្នាក់ក្នុងមួយជួរ នៅលើសន្លឹក «សមាជិក» (សន្លឹក «សូមអាន» ពន្យល់ពីរបៀបបំពេញ) បន្ទាប់មកជ្រើសរើស ផ្សេងទៀត → នាំចូលសមាជិកពី Excel។</translation>
    </message>
    <message>
        <source>Writing the template…</source>
        <translation>កំពុងសរសេរគំរូ…</translation>
    </message>
    <message>
        <source>Members %s</source>
        <translation>សមាជិក %s</translation>
    </message>
    <message>
        <source>Export the register to Excel</source>
        <translation>នាំចេញបញ្ជីសមាជិកទៅ Excel</translation>
    </message>
    <message numerus="yes">
        <source>Members written: %n, to %1.</source>
        <translation>
            <numerusform>សមាជិកដែលបានសរសេរចេញ៖ %n នាក់ ទៅកាន់ %1។</numerusform>
            <numerusform>សមាជិកដែលបានសរសេរចេញ៖ %n នាក់ ទៅកាន់ %1។</numerusform>
        </translation>
    </message>
    <message>
        <source>Phone numbers, ID cards and IDPoor status are left out: your role does not see them.</source>
        <translation>លេខទូរស័ព្ទ អត្តសញ្ញាណប័ណ្ណ និងស្ថានភាពប័ណ្ណសមធម៌ មិនត្រូវបានដាក់បញ្ចូលទេ៖ តួនាទីរបស់អ្នកមិនអាចមើលព័ត៌មានទាំងនេះបានទេ។</translation>
    </message>
    <message>
        <source>Register exported</source>
        <translation>បាននាំចេញបញ្ជីសមាជិក</translation>
    </message>
    <message>
        <source>Writing the register to Excel…</source>
        <translation>កំពុងសរសេរបញ្ជីសមាជិកទៅ Excel…</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Members</source>
        <translation>សមាជិក</translation>
    </message>
    <message>
        <source>Your role does not see the member register. The secretary, the treasurer and the chair do.</source>
        <translation>តួនាទីរបស់អ្នកមិនអាចមើលបញ្ជីសមាជិកបានទេ។ លេខាធិការ ហេរញ្ញិក និងប្រធាន អាចមើលបាន។</translation>
    </message>
    <message>
        <source>Members (active and inactive)</source>
        <translation>សមាជិក (សកម្ម និងអសកម្ម)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>សកម្ម</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>អសកម្ម</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>ចាកចេញ</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>ទទួលមរណភាព</translation>
    </message>
    <message>
        <source>Everyone, also who left or died</source>
        <translation>ទាំងអស់គ្នា រួមទាំងអ្នកដែលបានចាកចេញ ឬទទួលមរណភាព</translation>
    </message>
    <message>
        <source>Women and men</source>
        <translation>ស្ត្រី និងបុរស</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>ស្ត្រី</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>បុរស</translation>
    </message>
    <message>
        <source>All villages</source>
        <translation>ភូមិទាំងអស់</translation>
    </message>
    <message numerus="yes">
        <source>Members: %n</source>
        <translation>
            <numerusform>សមាជិក៖ %n នាក់</numerusform>
            <numerusform>សមាជិក៖ %n នាក់</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>បើក (&amp;O)…</translation>
    </message>
    <message>
        <source>Change st&amp;atus…</source>
        <translation>ប្ដូរស្ថានភាព (&amp;a)…</translation>
    </message>
    <message>
        <source>Stat&amp;ement…</source>
        <translation>របាយការណ៍សមាជិក (&amp;e)…</translation>
    </message>
    <message>
        <source>&amp;New member…</source>
        <translation>សមាជិកថ្មី (&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Import members from Excel…</source>
        <translation>នាំចូលសមាជិកពី Excel (&amp;I)…</translation>
    </message>
    <message>
        <source>Excel &amp;template for importing…</source>
        <translation>គំរូ Excel សម្រាប់នាំចូល (&amp;t)…</translation>
    </message>
    <message>
        <source>&amp;Export the register to Excel…</source>
        <translation>នាំចេញបញ្ជីសមាជិកទៅ Excel (&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Print the member list…</source>
        <translation>បោះពុម្ពបញ្ជីសមាជិក (&amp;P)…</translation>
    </message>
    <message>
        <source>New &amp;village…</source>
        <translation>ភូមិថ្មី (&amp;v)…</translation>
    </message>
    <message>
        <source>The member register (guideline chapter 3): every member with their number, status and committee position. Nobody is deleted: a member who leaves keeps their number and history.</source>
        <translation>បញ្ជីសមាជិក (គោលការណ៍ណែនាំ ជំពូកទី 3)៖ សមាជិកគ្រប់រូប ជាមួយលេខសមាជិក ស្ថានភាព និងតំណែងក្នុងគណៈកម្មការ។ គ្មាននរណាម្នាក់ត្រូវបានលុបចោលទេ៖ សមាជិកដែលចាកចេញ នៅតែរក្សាលេខ និងប្រវត្តិរបស់ខ្លួន។</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>ស្វែងរក (&amp;S)៖</translation>
    </message>
    <message>
        <source>Name in Khmer or Latin letters, or member number</source>
        <translation>ឈ្មោះជាភាសាខ្មែរ ឬអក្សរឡាតាំង ឬលេខសមាជិក</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>ភូមិ (&amp;V)៖</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>ស្ថានភាព (&amp;t)៖</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>ភេទ (&amp;x)៖</translation>
    </message>
    <message>
        <source>Only the members who hold a committee position today</source>
        <translation>តែសមាជិកដែលកំពុងកាន់តំណែងក្នុងគណៈកម្មការបច្ចុប្បន្នប៉ុណ្ណោះ</translation>
    </message>
    <message>
        <source>&amp;Committee only</source>
        <translation>តែគណៈកម្មការ (&amp;C)</translation>
    </message>
    <message>
        <source>Phone numbers, ID cards and IDPoor status are shown only to the secretary, the chair and the administrator.</source>
        <translation>លេខទូរស័ព្ទ អត្តសញ្ញាណប័ណ្ណ និងស្ថានភាពប័ណ្ណសមធម៌ បង្ហាញតែចំពោះលេខាធិការ ប្រធាន និងអ្នកគ្រប់គ្រងប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>Add a member to the register (Ctrl+M)</source>
        <translation>បន្ថែមសមាជិកទៅក្នុងបញ្ជីសមាជិក (Ctrl+M)</translation>
    </message>
    <message>
        <source>Import from Excel, export to Excel, print the member list, villages</source>
        <translation>នាំចូលពី Excel នាំចេញទៅ Excel បោះពុម្ពបញ្ជីសមាជិក ភូមិ</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>ផ្សេងទៀត (&amp;M)</translation>
    </message>
    <message>
        <source>Every cash-book entry linked to the chosen member, and their fees</source>
        <translation>រាល់ប្រតិបត្តិការក្នុងសៀវភៅសាច់ប្រាក់ ដែលភ្ជាប់នឹងសមាជិកដែលបានជ្រើសរើស និងភាគទានរបស់គាត់</translation>
    </message>
    <message>
        <source>Record that the chosen member became inactive, left, died, or is active again</source>
        <translation>កត់ត្រាថាសមាជិកដែលបានជ្រើសរើស បានក្លាយជាអសកម្ម បានចាកចេញ បានទទួលមរណភាព ឬសកម្មឡើងវិញ</translation>
    </message>
    <message>
        <source>Show or change the chosen member (Enter)</source>
        <translation>បង្ហាញ ឬកែប្រែសមាជិកដែលបានជ្រើសរើស (Enter)</translation>
    </message>
</context>
<context>
    <name>MonitoringDialog</name>
    <message>
        <source>Monitoring of %s</source>
        <translation>ការតាមដាន %s</translation>
    </message>
    <message>
        <source>Monitoring record of %s</source>
        <translation>កំណត់ត្រាការតាមដាន %s</translation>
    </message>
    <message>
        <source>Monitoring of %s – %s</source>
        <translation>ការតាមដាន %s – %s</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>កាលបរិច្ឆេទ (&amp;D)៖</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>អ្នកចូលរួម៖</translation>
    </message>
    <message>
        <source>&amp;Women:</source>
        <translation>ស្ត្រី (&amp;W)៖</translation>
    </message>
    <message>
        <source>M&amp;en:</source>
        <translation>បុរស (&amp;e)៖</translation>
    </message>
    <message>
        <source>Monitored &amp;by:</source>
        <translation>តាមដានដោយ (&amp;b)៖</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>សូចនាករ</translation>
    </message>
    <message>
        <source>Leave an indicator empty if it was not measured at this visit.</source>
        <translation>សូមទុកសូចនាករឱ្យនៅទំនេរ ប្រសិនបើវាមិនត្រូវបានវាស់វែងនៅក្នុងការចុះតាមដាននេះទេ។</translation>
    </message>
    <message>
        <source>This activity has no indicators yet: add them in the activity.</source>
        <translation>សកម្មភាពនេះមិនទាន់មានសូចនាករនៅឡើយទេ៖ សូមបន្ថែមសូចនាករនៅក្នុងសកម្មភាព។</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>សូចនាករ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>ឯកតា</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>គោលដៅ</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>ស្ត្រី</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>បុរស</translation>
    </message>
    <message>
        <source>Value / total</source>
        <translation>តម្លៃ / សរុប</translation>
    </message>
    <message>
        <source>&amp;Progress:</source>
        <translation>វឌ្ឍនភាព (&amp;P)៖</translation>
    </message>
    <message>
        <source>&amp;Quality and
problems:</source>
        <translation>គុណភាព និង
បញ្ហា (&amp;Q)៖</translation>
    </message>
    <message>
        <source>Photos and files kept as evidence</source>
        <translation>រូបថត និងឯកសារ ដែលរក្សាទុកជាភស្តុតាង</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ចំណងជើង</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ទំហំ</translation>
    </message>
    <message>
        <source>&amp;Add photo or file…</source>
        <translation>បន្ថែមរូបថត ឬឯកសារ (&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>បើក (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>ដកចេញ (&amp;R)</translation>
    </message>
    <message>
        <source>Recorded by %s on %s.</source>
        <translation>កត់ត្រាដោយ %s នៅថ្ងៃ %s។</translation>
    </message>
    <message>
        <source>Women and men added up</source>
        <translation>ស្ត្រី និងបុរស បូកបញ្ចូលគ្នា</translation>
    </message>
    <message>
        <source>Total: %s</source>
        <translation>សរុប៖ %s</translation>
    </message>
    <message>
        <source>%s KB</source>
        <translation>%s KB</translation>
    </message>
    <message>
        <source>Choose a photo or a file</source>
        <translation>ជ្រើសរើសរូបថត ឬឯកសារ</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xls *.xlsx);;All files (*)</source>
        <translation>រូបថត និងឯកសារ (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xls *.xlsx);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <source>Title of the file</source>
        <translation>ចំណងជើងឯកសារ</translation>
    </message>
    <message>
        <source>What does it show?</source>
        <translation>តើវាបង្ហាញអំពីអ្វី?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>ការផ្លាស់ប្ដូរមិនទាន់បានរក្សាទុក</translation>
    </message>
    <message>
        <source>This monitoring record has changes that are not saved yet. Save them now?</source>
        <translation>កំណត់ត្រាការតាមដាននេះ មានការផ្លាស់ប្ដូរដែលមិនទាន់បានរក្សាទុក។ តើរក្សាទុកឥឡូវនេះឬ?</translation>
    </message>
</context>
<context>
    <name>OwnPasswordDialog</name>
    <message>
        <source>Set your password</source>
        <translation>កំណត់ពាក្យសម្ងាត់របស់អ្នក</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>ប្ដូរពាក្យសម្ងាត់របស់អ្នក</translation>
    </message>
    <message>
        <source>&amp;Present password:</source>
        <translation>ពាក្យសម្ងាត់បច្ចុប្បន្ន (&amp;P)៖</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>ពាក្យសម្ងាត់ថ្មី (&amp;N)៖</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>វាយម្ដងទៀត (&amp;A)៖</translation>
    </message>
</context>
<context>
    <name>PlanGrid</name>
    <message>
        <source>Also spent in the other currency: %s</source>
        <translation>បានចំណាយជារូបិយប័ណ្ណមួយទៀតផងដែរ៖ %s</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>បានគ្រោងទុក</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>មិនបានគ្រោងទុក</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <source>Activity plans</source>
        <translation>ផែនការសកម្មភាព</translation>
    </message>
    <message>
        <source>Activity plan</source>
        <translation>ផែនការសកម្មភាព</translation>
    </message>
    <message>
        <source>Fiscal &amp;year:</source>
        <translation>ឆ្នាំហិរញ្ញវត្ថុ (&amp;y)៖</translation>
    </message>
    <message>
        <source>New &amp;plan…</source>
        <translation>ផែនការថ្មី (&amp;p)…</translation>
    </message>
    <message>
        <source>&amp;Copy last year&apos;s plan…</source>
        <translation>ចម្លងផែនការឆ្នាំមុន (&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Vision, mission and goals…</source>
        <translation>ចក្ខុវិស័យ បេសកកម្ម និងគោលបំណង (&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;New activity…</source>
        <translation>សកម្មភាពថ្មី (&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>កែសម្រួល (&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>បើក (&amp;O)…</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation>ប្ដូរស្ថានភាព (&amp;s)…</translation>
    </message>
    <message>
        <source>&amp;Record monitoring…</source>
        <translation>កត់ត្រាការតាមដាន (&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;view…</source>
        <translation>ពិនិត្យឡើងវិញ (&amp;v)…</translation>
    </message>
    <message>
        <source>Print / &amp;Reports</source>
        <translation>បោះពុម្ព / របាយការណ៍ (&amp;R)</translation>
    </message>
    <message>
        <source>Targets and achievements</source>
        <translation>គោលដៅ និងលទ្ធផលសម្រេចបាន</translation>
    </message>
    <message>
        <source>Monitoring records</source>
        <translation>កំណត់ត្រាការតាមដាន</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>បង្ហាញ៖</translation>
    </message>
    <message>
        <source>The chosen activity</source>
        <translation>សកម្មភាពដែលបានជ្រើសរើស</translation>
    </message>
    <message>
        <source>Every activity of the year (percent of target)</source>
        <translation>សកម្មភាពទាំងអស់ក្នុងឆ្នាំ (ភាគរយនៃគោលដៅ)</translation>
    </message>
    <message>
        <source>Record &amp;monitoring…</source>
        <translation>កត់ត្រាការតាមដាន (&amp;m)…</translation>
    </message>
    <message>
        <source>Edit record…</source>
        <translation>កែសម្រួលកំណត់ត្រា…</translation>
    </message>
    <message>
        <source>Open record…</source>
        <translation>បើកកំណត់ត្រា…</translation>
    </message>
    <message>
        <source>Remove record</source>
        <translation>លុបកំណត់ត្រា</translation>
    </message>
    <message>
        <source>Your role does not see the activity plans. The M&amp;E focal person, the committee, the treasurer and the secretary do; the plan&apos;s reports are on the Reports page.</source>
        <translation>តួនាទីរបស់អ្នកមិនអាចមើលផែនការសកម្មភាពបានទេ។ បុគ្គលបង្គោលតាមដាន និងវាយតម្លៃ (M&amp;E) គណៈកម្មការ ហិរញ្ញិក និងលេខាធិការ អាចមើលបាន។ របាយការណ៍នៃផែនការ មាននៅលើទំព័រ «របាយការណ៍»។</translation>
    </message>
    <message>
        <source>%s (%s – %s)</source>
        <translation>%s (%s – %s)</translation>
    </message>
    <message>
        <source>%s: %s of %s %s</source>
        <translation>%s៖ %s / គោលដៅ %s %s</translation>
    </message>
    <message>
        <source>nothing recorded</source>
        <translation>មិនទាន់មានការកត់ត្រា</translation>
    </message>
    <message>
        <source>monitoring or spending recorded</source>
        <translation>បានកត់ត្រាការតាមដាន ឬការចំណាយ</translation>
    </message>
    <message>
        <source>No indicators yet.</source>
        <translation>មិនទាន់មានសូចនាករនៅឡើយទេ។</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>លេខកូដ</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>សកម្មភាព</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>អ្នកទទួលខុសត្រូវ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>ថវិកា</translation>
    </message>
    <message>
        <source>Actual cost</source>
        <translation>ចំណាយជាក់ស្ដែង</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>បានប្រើ</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>សូចនាករ</translation>
    </message>
    <message>
        <source>There is no activity plan yet. Start one with “New plan…”.</source>
        <translation>មិនទាន់មានផែនការសកម្មភាពនៅឡើយទេ។ សូមចាប់ផ្ដើមផែនការមួយ ដោយចុច «ផែនការថ្មី…»។</translation>
    </message>
    <message>
        <source>There is no activity plan yet. The M&amp;E focal person or the committee starts one.</source>
        <translation>មិនទាន់មានផែនការសកម្មភាពនៅឡើយទេ។ បុគ្គលបង្គោលតាមដាន និងវាយតម្លៃ (M&amp;E) ឬគណៈកម្មការ ជាអ្នកចាប់ផ្ដើមផែនការ។</translation>
    </message>
    <message numerus="yes">
        <source>Activities: %n</source>
        <translation>
            <numerusform>សកម្មភាព៖ %n</numerusform>
            <numerusform>សកម្មភាព៖ %n</numerusform>
        </translation>
    </message>
    <message>
        <source>budget %s</source>
        <translation>ថវិកា %s</translation>
    </message>
    <message>
        <source>spent %s</source>
        <translation>បានចំណាយ %s</translation>
    </message>
    <message>
        <source>This plan has no activities yet. Add one with “New activity…”.</source>
        <translation>ផែនការនេះមិនទាន់មានសកម្មភាពនៅឡើយទេ។ សូមបន្ថែមសកម្មភាពមួយ ដោយចុច «សកម្មភាពថ្មី…»។</translation>
    </message>
    <message>
        <source>This plan has no activities yet.</source>
        <translation>ផែនការនេះមិនទាន់មានសកម្មភាពនៅឡើយទេ។</translation>
    </message>
    <message>
        <source>%s F, %s M</source>
        <translation>ស្ត្រី %s បុរស %s</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>អ្នកចូលរួម</translation>
    </message>
    <message>
        <source>Monitored by</source>
        <translation>តាមដានដោយ</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>វឌ្ឍនភាព</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <source>Choose an activity to see its monitoring records.</source>
        <translation>សូមជ្រើសរើសសកម្មភាពមួយ ដើម្បីមើលកំណត់ត្រាការតាមដានរបស់វា។</translation>
    </message>
    <message numerus="yes">
        <source>%s – %s: %n monitoring record(s)</source>
        <translation>
            <numerusform>%s – %s៖ កំណត់ត្រាការតាមដានចំនួន %n</numerusform>
            <numerusform>%s – %s៖ កំណត់ត្រាការតាមដានចំនួន %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the M&amp;E &amp;form…</source>
        <translation>បោះពុម្ពទម្រង់ M&amp;E (&amp;f)…</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>ផែនការថ្មី</translation>
    </message>
    <message>
        <source>The plan of the fiscal year:</source>
        <translation>ផែនការនៃឆ្នាំហិរញ្ញវត្ថុ៖</translation>
    </message>
    <message>
        <source>Copy last year&apos;s plan</source>
        <translation>ចម្លងផែនការឆ្នាំមុន</translation>
    </message>
    <message numerus="yes">
        <source>Copy the plan of %s, with its %n activities and their indicators, into a new plan for %s? The months move one year on; every activity starts as planned, without monitoring records or spending.</source>
        <translation>
            <numerusform>តើចម្លងផែនការឆ្នាំ %s ដែលមានសកម្មភាព %n និងសូចនាកររបស់វា ទៅជាផែនការថ្មីសម្រាប់ឆ្នាំ %s ឬ? ខែទាំងអស់នឹងរំកិលទៅមុខមួយឆ្នាំ។ សកម្មភាពនីមួយៗចាប់ផ្ដើមក្នុងស្ថានភាព «គ្រោងទុក» ដោយគ្មានកំណត់ត្រាការតាមដាន ឬការចំណាយ។</numerusform>
            <numerusform>តើចម្លងផែនការឆ្នាំ %s ដែលមានសកម្មភាព %n និងសូចនាកររបស់វា ទៅជាផែនការថ្មីសម្រាប់ឆ្នាំ %s ឬ? ខែទាំងអស់នឹងរំកិលទៅមុខមួយឆ្នាំ។ សកម្មភាពនីមួយៗចាប់ផ្ដើមក្នុងស្ថានភាព «គ្រោងទុក» ដោយគ្មានកំណត់ត្រាការតាមដាន ឬការចំណាយ។</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the monitoring record</source>
        <translation>លុបកំណត់ត្រាការតាមដាន</translation>
    </message>
    <message>
        <source>Remove the monitoring record of %s, with its indicator values and files?</source>
        <translation>តើលុបកំណត់ត្រាការតាមដាននៅថ្ងៃ %s រួមទាំងតម្លៃសូចនាករ និងឯកសាររបស់វាឬ?</translation>
    </message>
    <message>
        <source>%s (the year)</source>
        <translation>%s (ពេញមួយឆ្នាំ)</translation>
    </message>
    <message>
        <source>%s – %s only</source>
        <translation>%s – តែ %s ប៉ុណ្ណោះ</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>(choose)</source>
        <translation>(ជ្រើសរើស)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>គ្មានស្លាកសញ្ញា</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>ជ្រើសរើសស្លាកសញ្ញា</translation>
    </message>
    <message>
        <source>Pictures (%s)</source>
        <translation>រូបភាព (%s)</translation>
    </message>
    <message>
        <source>This file is not a picture CBO Desk can read. Choose a PNG or JPEG picture.</source>
        <translation>ឯកសារនេះមិនមែនជារូបភាពដែល CBO Desk អាចអានបានទេ។ សូមជ្រើសរើសរូបភាព PNG ឬ JPEG។</translation>
    </message>
    <message>
        <source>Name of the CBO</source>
        <translation>ឈ្មោះសហគមន៍</translation>
    </message>
    <message>
        <source>Name in &amp;Khmer:</source>
        <translation>ឈ្មោះជាភាសាខ្មែរ (&amp;K)៖</translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation>ឈ្មោះជាភាសាអង់គ្លេស (&amp;E)៖</translation>
    </message>
    <message>
        <source>&amp;Acronym:</source>
        <translation>អក្សរកាត់ (&amp;A)៖</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>វិស័យ (&amp;S)៖</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>ស្លាកសញ្ញា៖</translation>
    </message>
    <message>
        <source>Choose &amp;picture…</source>
        <translation>ជ្រើសរើសរូបភាព (&amp;p)…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ដកចេញ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>អាសយដ្ឋាន</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>ខេត្ត (&amp;P)៖</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>ស្រុក (&amp;D)៖</translation>
    </message>
    <message>
        <source>&amp;Commune:</source>
        <translation>ឃុំ (&amp;C)៖</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>ភូមិ (&amp;V)៖</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>ទូរស័ព្ទ (&amp;h)៖</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>អ៊ីមែល (&amp;m)៖</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>ការចុះបញ្ជី</translation>
    </message>
    <message>
        <source>Registered &amp;with:</source>
        <translation>ចុះបញ្ជីនៅ (&amp;w)៖</translation>
    </message>
    <message>
        <source>Registration &amp;number:</source>
        <translation>លេខចុះបញ្ជី (&amp;n)៖</translation>
    </message>
    <message>
        <source>Registration &amp;date:</source>
        <translation>កាលបរិច្ឆេទចុះបញ្ជី (&amp;d)៖</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>ដឹងកាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <source>&amp;Founded on:</source>
        <translation>ថ្ងៃបង្កើត (&amp;F)៖</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>ហិរញ្ញវត្ថុ</translation>
    </message>
    <message>
        <source>Fiscal &amp;year starts in:</source>
        <translation>ឆ្នាំហិរញ្ញវត្ថុចាប់ផ្ដើមនៅខែ (&amp;y)៖</translation>
    </message>
    <message>
        <source>Currencies used:</source>
        <translation>រូបិយប័ណ្ណដែលប្រើ៖</translation>
    </message>
    <message>
        <source>&amp;Riel (៛)</source>
        <translation>រៀល (៛) (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;US dollars ($)</source>
        <translation>ដុល្លារអាមេរិក ($) (&amp;U)</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Organisation profile</source>
        <translation>ប្រវត្តិរូបអង្គការ</translation>
    </message>
    <message>
        <source>Changes not saved yet</source>
        <translation>ការផ្លាស់ប្ដូរមិនទាន់បានរក្សាទុក</translation>
    </message>
    <message>
        <source>Saved at %s</source>
        <translation>បានរក្សាទុកនៅម៉ោង %s</translation>
    </message>
    <message>
        <source>Who the CBO is, where it is and how it is registered (guideline chapter 1). Reports print the names and the logo from here.</source>
        <translation>សហគមន៍ជានរណា នៅទីណា និងបានចុះបញ្ជីយ៉ាងដូចម្ដេច (គោលការណ៍ណែនាំ ជំពូកទី 1)។ របាយការណ៍បោះពុម្ពឈ្មោះ និងស្លាកសញ្ញាពីទីនេះ។</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>បោះបង់ការផ្លាស់ប្ដូរ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>រក្សាទុក (&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
</context>
<context>
    <name>ProfileWizardPage</name>
    <message>
        <source>Your CBO</source>
        <translation>សហគមន៍របស់អ្នក</translation>
    </message>
    <message>
        <source>The name in Khmer or in English is enough to start; you can complete the rest later on the profile page.</source>
        <translation>ឈ្មោះជាភាសាខ្មែរ ឬភាសាអង់គ្លេស គឺគ្រប់គ្រាន់ដើម្បីចាប់ផ្ដើម។ អ្នកអាចបំពេញព័ត៌មានផ្សេងទៀតនៅពេលក្រោយ នៅលើទំព័រប្រវត្តិរូប។</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>ចម្លង (&amp;C)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>កាត់ (&amp;t)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>បិទភ្ជាប់ (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>មិនធ្វើវិញ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ធ្វើវិញ (&amp;R)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>លុប</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>ជ្រើសរើសទាំងអស់</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>យល់ព្រម</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>បាទ/ចាស (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>ទេ (&amp;N)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>រក្សាទុក</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>បើក</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; ថយក្រោយ (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>បន្ទាប់ (&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>បញ្ចប់ (&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>ថយក្រោយ</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>បន្ត</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>បញ្ជាក់</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>រួចរាល់</translation>
    </message>
</context>
<context>
    <name>ReportMaking</name>
    <message>
        <source>Making the report…</source>
        <translation>កំពុងរៀបចំរបាយការណ៍…</translation>
    </message>
</context>
<context>
    <name>ReportParamsPanel</name>
    <message>
        <source>%s (closed)</source>
        <translation>%s (បានបិទ)</translation>
    </message>
    <message>
        <source>for example R-%d-0012</source>
        <translation>ឧទាហរណ៍ R-%d-0012</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>ខែនេះ</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>ខែមុន</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>ត្រីមាសនេះ</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>ត្រីមាសមុន</translation>
    </message>
    <message>
        <source>This fiscal year</source>
        <translation>ឆ្នាំហិរញ្ញវត្ថុនេះ</translation>
    </message>
    <message>
        <source>Last fiscal year</source>
        <translation>ឆ្នាំហិរញ្ញវត្ថុមុន</translation>
    </message>
    <message>
        <source>Dates chosen below</source>
        <translation>កាលបរិច្ឆេទដែលជ្រើសរើសខាងក្រោម</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>កិច្ចប្រជុំ (&amp;M)៖</translation>
    </message>
    <message>
        <source>&amp;Kind of meeting:</source>
        <translation>ប្រភេទកិច្ចប្រជុំ (&amp;K)៖</translation>
    </message>
    <message>
        <source>Every kind of meeting</source>
        <translation>កិច្ចប្រជុំគ្រប់ប្រភេទ</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>គណនីទាំងអស់</translation>
    </message>
    <message>
        <source>All funds</source>
        <translation>មូលនិធិទាំងអស់</translation>
    </message>
    <message>
        <source>All members with entries in the period</source>
        <translation>សមាជិកទាំងអស់ដែលមានប្រតិបត្តិការក្នុងរយៈពេលនេះ</translation>
    </message>
    <message>
        <source>Acti&amp;vity:</source>
        <translation>សកម្មភាព (&amp;v)៖</translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>សកម្មភាពទាំងអស់</translation>
    </message>
    <message>
        <source>No exchange has been recorded yet: type the rate, or leave it empty.</source>
        <translation>មិនទាន់មានការប្ដូររូបិយប័ណ្ណណាមួយត្រូវបានកត់ត្រានៅឡើយទេ៖ សូមវាយអត្រាប្ដូរប្រាក់ ឬទុកឱ្យនៅទទេ។</translation>
    </message>
    <message>
        <source>The rate of the last exchange, on %s. Leave it empty to keep riel and dollars apart.</source>
        <translation>អត្រាប្ដូរប្រាក់នៃការប្ដូររូបិយប័ណ្ណចុងក្រោយ នៅថ្ងៃ %s។ ទុកឱ្យនៅទទេ ដើម្បីរក្សាប្រាក់រៀល និងដុល្លារដាច់ដោយឡែកពីគ្នា។</translation>
    </message>
    <message>
        <source>Choose a report in the list.</source>
        <translation>សូមជ្រើសរើសរបាយការណ៍មួយក្នុងបញ្ជី។</translation>
    </message>
    <message>
        <source>The period ends before it starts: check the two dates.</source>
        <translation>រយៈពេលបញ្ចប់មុនពេលចាប់ផ្ដើម៖ សូមពិនិត្យកាលបរិច្ឆេទទាំងពីរ។</translation>
    </message>
    <message>
        <source>This report needs an account, and there is none yet. Add one in the cash book (More → Accounts).</source>
        <translation>របាយការណ៍នេះត្រូវការគណនីមួយ ប៉ុន្តែមិនទាន់មានគណនីនៅឡើយទេ។ សូមបន្ថែមគណនីមួយក្នុងសៀវភៅសាច់ប្រាក់ (ផ្សេងទៀត → គណនី)។</translation>
    </message>
    <message>
        <source>This report needs a fund, and there is none yet. Add one in the cash book (More → Funds).</source>
        <translation>របាយការណ៍នេះត្រូវការមូលនិធិមួយ ប៉ុន្តែមិនទាន់មានមូលនិធិនៅឡើយទេ។ សូមបន្ថែមមូលនិធិមួយក្នុងសៀវភៅសាច់ប្រាក់ (ផ្សេងទៀត → មូលនិធិ)។</translation>
    </message>
    <message>
        <source>No month has been closed yet. Close a month first, with its cash count (Cash book → More → Close a month).</source>
        <translation>មិនទាន់មានខែណាមួយត្រូវបានបិទបញ្ជីនៅឡើយទេ។ សូមបិទបញ្ជីខែមួយជាមុនសិន ជាមួយការរាប់សាច់ប្រាក់ (សៀវភៅសាច់ប្រាក់ → ផ្សេងទៀត → បិទបញ្ជីប្រចាំខែ)។</translation>
    </message>
    <message>
        <source>No meeting has been recorded yet. Record one on the Meetings page first.</source>
        <translation>មិនទាន់មានកិច្ចប្រជុំណាមួយត្រូវបានកត់ត្រានៅឡើយទេ។ សូមកត់ត្រាកិច្ចប្រជុំមួយនៅលើទំព័រ «កិច្ចប្រជុំ» ជាមុនសិន។</translation>
    </message>
    <message>
        <source>Choose a receipt or a payment, or type its number.</source>
        <translation>សូមជ្រើសរើសបង្កាន់ដៃទទួលប្រាក់ ឬការចំណាយមួយ ឬវាយលេខរបស់វា។</translation>
    </message>
    <message>
        <source>There is no entry numbered “%s” in the cash book.</source>
        <translation>គ្មានប្រតិបត្តិការលេខ «%s» នៅក្នុងសៀវភៅសាច់ប្រាក់ទេ។</translation>
    </message>
    <message>
        <source>“%s” is not a receipt or a payment: vouchers are printed for those only.</source>
        <translation>«%s» មិនមែនជាបង្កាន់ដៃទទួលប្រាក់ ឬការចំណាយទេ៖ ប័ណ្ណត្រូវបានបោះពុម្ពសម្រាប់តែប្រតិបត្តិការទាំងពីរប្រភេទនេះប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>Choose a member in the list (type part of the name to find it), or all members.</source>
        <translation>សូមជ្រើសរើសសមាជិកម្នាក់ក្នុងបញ្ជី (វាយផ្នែកមួយនៃឈ្មោះ ដើម្បីស្វែងរក) ឬជ្រើសរើសសមាជិកទាំងអស់។</translation>
    </message>
    <message>
        <source>Type the exchange rate as riel for one dollar, for example 4,100, or leave it empty.</source>
        <translation>សូមវាយអត្រាប្ដូរប្រាក់ ជាចំនួនរៀលក្នុងមួយដុល្លារ ឧទាហរណ៍ 4,100 ឬទុកឱ្យនៅទទេ។</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>រយៈពេល (&amp;P)៖</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>ពី (&amp;F)៖</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>ថ្ងៃដំបូងនៃរយៈពេល</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>ដល់ (&amp;o)</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>ថ្ងៃចុងក្រោយនៃរយៈពេល</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>កាលបរិច្ឆេទ (&amp;D)៖</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>គណនី (&amp;A)៖</translation>
    </message>
    <message>
        <source>F&amp;und:</source>
        <translation>មូលនិធិ (&amp;u)៖</translation>
    </message>
    <message>
        <source>Fiscal &amp;year:</source>
        <translation>ឆ្នាំហិរញ្ញវត្ថុ (&amp;y)៖</translation>
    </message>
    <message>
        <source>&amp;Month closed:</source>
        <translation>ខែដែលបានបិទបញ្ជី (&amp;M)៖</translation>
    </message>
    <message>
        <source>&amp;Entry:</source>
        <translation>ប្រតិបត្តិការ (&amp;E)៖</translation>
    </message>
    <message>
        <source>Choose a recent receipt or payment, or type its number</source>
        <translation>ជ្រើសរើសបង្កាន់ដៃទទួលប្រាក់ ឬការចំណាយថ្មីៗ ឬវាយលេខរបស់វា</translation>
    </message>
    <message>
        <source>Mem&amp;ber:</source>
        <translation>សមាជិក (&amp;b)៖</translation>
    </message>
    <message>
        <source>Type part of a name or a member number, or choose all members</source>
        <translation>វាយផ្នែកមួយនៃឈ្មោះ ឬលេខសមាជិក ឬជ្រើសរើសសមាជិកទាំងអស់</translation>
    </message>
    <message>
        <source>Exchange &amp;rate:</source>
        <translation>អត្រាប្ដូរប្រាក់ (&amp;r)៖</translation>
    </message>
    <message>
        <source>riel per dollar, for example 4,100</source>
        <translation>រៀលក្នុងមួយដុល្លារ ឧទាហរណ៍ 4,100</translation>
    </message>
    <message>
        <source>Riel per dollar, to add riel and dollars into one total. Leave it empty to keep the currencies apart.</source>
        <translation>ចំនួនរៀលក្នុងមួយដុល្លារ ដើម្បីបូកប្រាក់រៀល និងដុល្លារបញ្ចូលគ្នាជាសរុបតែមួយ។ ទុកឱ្យនៅទទេ ដើម្បីរក្សារូបិយប័ណ្ណទាំងពីរដាច់ដោយឡែកពីគ្នា។</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ភាសា (&amp;L)៖</translation>
    </message>
    <message>
        <source>Khmer &amp;digits (០១២៣)</source>
        <translation>លេខខ្មែរ (០១២៣) (&amp;d)</translation>
    </message>
    <message>
        <source>&amp;Show report</source>
        <translation>បង្ហាញរបាយការណ៍ (&amp;S)</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message numerus="yes">
        <source>Sent to the printer: %n page(s).</source>
        <translation>
            <numerusform>បានផ្ញើទៅម៉ាស៊ីនបោះពុម្ព៖ %n ទំព័រ។</numerusform>
            <numerusform>បានផ្ញើទៅម៉ាស៊ីនបោះពុម្ព៖ %n ទំព័រ។</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>រក្សាទុករបាយការណ៍ជា PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ឯកសារ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as %s</source>
        <translation>បានរក្សាទុកជា %s</translation>
    </message>
    <message>
        <source>Save the report as Excel</source>
        <translation>រក្សាទុករបាយការណ៍ជា Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>ឯកសារ Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the Excel file…</source>
        <translation>កំពុងសរសេរឯកសារ Excel…</translation>
    </message>
    <message numerus="yes">
        <source>of %n</source>
        <translation>
            <numerusform>នៃ %n</numerusform>
            <numerusform>នៃ %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Page width</source>
        <translation>ទទឹងទំព័រ</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>ទំព័រពេញ</translation>
    </message>
    <message>
        <source>The pages cannot be shown on this computer: the Qt PDF module (PySide6-Pdf) is missing. Save the report as PDF and open the file, or save it as Excel.</source>
        <translation>មិនអាចបង្ហាញទំព័រនៅលើកុំព្យូទ័រនេះបានទេ៖ ខ្វះម៉ូឌុល Qt PDF (PySide6-Pdf)។ សូមរក្សាទុករបាយការណ៍ជា PDF ហើយបើកឯកសារនោះ ឬរក្សាទុកវាជា Excel។</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>របាយការណ៍</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>បោះពុម្ព (&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>រក្សាទុកជា PDF (&amp;D)…</translation>
    </message>
    <message>
        <source>Save as &amp;Excel…</source>
        <translation>រក្សាទុកជា Excel (&amp;E)…</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>ទំព័រមុន</translation>
    </message>
    <message>
        <source>Pa&amp;ge</source>
        <translation>ទំព័រ (&amp;g)</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>ទំព័របន្ទាប់</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>ពង្រីក (&amp;Z)៖</translation>
    </message>
</context>
<context>
    <name>ReportPrinting</name>
    <message>
        <source>Print the report</source>
        <translation>បោះពុម្ពរបាយការណ៍</translation>
    </message>
    <message>
        <source>Sending the pages to the printer…</source>
        <translation>កំពុងផ្ញើទំព័រទៅម៉ាស៊ីនបោះពុម្ព…</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>របាយការណ៍</translation>
    </message>
    <message>
        <source>Reports for the members, the committee and donors. Choose a report, say what it should cover, then show it: you can print it, or save it as PDF or Excel.</source>
        <translation>របាយការណ៍សម្រាប់សមាជិក គណៈកម្មការ និងម្ចាស់ជំនួយ។ សូមជ្រើសរើសរបាយការណ៍មួយ កំណត់ថាវាត្រូវគ្របដណ្ដប់លើអ្វីខ្លះ រួចបង្ហាញវា៖ អ្នកអាចបោះពុម្ពវា ឬរក្សាទុកវាជា PDF ឬ Excel។</translation>
    </message>
    <message>
        <source>&amp;Choose a report:</source>
        <translation>ជ្រើសរើសរបាយការណ៍ (&amp;C)៖</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset a password</source>
        <translation>កំណត់ពាក្យសម្ងាត់ឡើងវិញ</translation>
    </message>
    <message>
        <source>A new password for %s. Tell it to them in person; they choose their own when they next log in.</source>
        <translation>ពាក្យសម្ងាត់ថ្មីសម្រាប់ %s។ សូមប្រាប់គាត់ដោយផ្ទាល់។ គាត់នឹងជ្រើសរើសពាក្យសម្ងាត់ផ្ទាល់ខ្លួន នៅពេលចូលលើកក្រោយ។</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>ពាក្យសម្ងាត់ថ្មី (&amp;p)៖</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>វាយម្ដងទៀត (&amp;A)៖</translation>
    </message>
</context>
<context>
    <name>ReverseDialog</name>
    <message>
        <source>Reverse %s</source>
        <translation>បញ្ច្រាស %s</translation>
    </message>
    <message>
        <source>Entry %s</source>
        <translation>ប្រតិបត្តិការ %s</translation>
    </message>
    <message>
        <source>%s: %s in</source>
        <translation>%s៖ ចូល %s</translation>
    </message>
    <message>
        <source>%s: %s out</source>
        <translation>%s៖ ចេញ %s</translation>
    </message>
    <message>
        <source>Rate: %s riel for 1 dollar</source>
        <translation>អត្រាប្ដូរប្រាក់៖ %s រៀល ក្នុង 1 ដុល្លារ</translation>
    </message>
    <message>
        <source>No photo of the paper</source>
        <translation>គ្មានរូបថតនៃឯកសារក្រដាស</translation>
    </message>
    <message>
        <source>Correction of %s. Reason: %s</source>
        <translation>ការកែតម្រូវ %s។ មូលហេតុ៖ %s</translation>
    </message>
    <message>
        <source>Reversed by %s, so it no longer counts. Reason: %s</source>
        <translation>ត្រូវបានបញ្ច្រាសដោយ %s ដូច្នេះវាលែងរាប់បញ្ចូលទៀតហើយ។ មូលហេតុ៖ %s</translation>
    </message>
    <message>
        <source>Waits for the committee&apos;s approval.</source>
        <translation>កំពុងរង់ចាំការអនុម័តពីគណៈកម្មការ។</translation>
    </message>
    <message>
        <source>Approved by the committee.</source>
        <translation>បានអនុម័តដោយគណៈកម្មការ។</translation>
    </message>
    <message>
        <source>The committee did not approve this payment. Reverse it if the money was not paid.</source>
        <translation>គណៈកម្មការមិនបានអនុម័តការចំណាយនេះទេ។ សូមបញ្ច្រាសវា ប្រសិនបើប្រាក់មិនត្រូវបានបង់។</translation>
    </message>
    <message>
        <source>Counts in the book.</source>
        <translation>រាប់បញ្ចូលក្នុងសៀវភៅ។</translation>
    </message>
    <message>
        <source>Photo of %s</source>
        <translation>រូបថតនៃ %s</translation>
    </message>
    <message>
        <source>Entry in the cash book</source>
        <translation>ប្រតិបត្តិការក្នុងសៀវភៅសាច់ប្រាក់</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>កាលបរិច្ឆេទ៖</translation>
    </message>
    <message>
        <source>Money:</source>
        <translation>ប្រាក់៖</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>ចំណាត់ថ្នាក់៖</translation>
    </message>
    <message>
        <source>Payer or payee:</source>
        <translation>អ្នកបង់ ឬអ្នកទទួលប្រាក់៖</translation>
    </message>
    <message>
        <source>Fund or donor:</source>
        <translation>មូលនិធិ ឬម្ចាស់ជំនួយ៖</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>ការពិពណ៌នា៖</translation>
    </message>
    <message>
        <source>Recorded by:</source>
        <translation>កត់ត្រាដោយ៖</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>ស្ថានភាព៖</translation>
    </message>
    <message>
        <source>&amp;Open the photo</source>
        <translation>បើករូបថត (&amp;O)</translation>
    </message>
    <message>
        <source>Reverse this entry</source>
        <translation>បញ្ច្រាសប្រតិបត្តិការនេះ</translation>
    </message>
    <message>
        <source>The opposite of this entry is recorded with the reason you give, so the money is as if it had not been recorded. The entry itself stays in the book for members and auditors to see.</source>
        <translation>ប្រតិបត្តិការផ្ទុយពីប្រតិបត្តិការនេះ នឹងត្រូវកត់ត្រាជាមួយមូលហេតុដែលអ្នកផ្ដល់ ដូច្នេះប្រាក់ហាក់ដូចជាមិនធ្លាប់ត្រូវបានកត់ត្រាសោះ។ ប្រតិបត្តិការដើមនៅតែមានក្នុងសៀវភៅ ដើម្បីឱ្យសមាជិក និងសវនករអាចមើលឃើញ។</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>មូលហេតុ (&amp;R)៖</translation>
    </message>
    <message>
        <source>For example: the amount was typed wrong, it was 15,000 riel</source>
        <translation>ឧទាហរណ៍៖ វាយចំនួនទឹកប្រាក់ខុស តាមពិតគឺ 15,000 រៀល</translation>
    </message>
    <message>
        <source>D&amp;ate of the correction:</source>
        <translation>កាលបរិច្ឆេទនៃការកែតម្រូវ (&amp;a)៖</translation>
    </message>
    <message>
        <source>Re&amp;verse this entry…</source>
        <translation>បញ្ច្រាសប្រតិបត្តិការនេះ (&amp;v)…</translation>
    </message>
    <message>
        <source>Record the &amp;reversal</source>
        <translation>កត់ត្រាការបញ្ច្រាស (&amp;r)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>បិទ (&amp;C)</translation>
    </message>
</context>
<context>
    <name>RichTextEditor</name>
    <message>
        <source>Bold</source>
        <translation>អក្សរដិត</translation>
    </message>
    <message>
        <source>B</source>
        <comment>the Bold button</comment>
        <translation>B</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>អក្សរទ្រេត</translation>
    </message>
    <message>
        <source>I</source>
        <comment>the Italic button</comment>
        <translation>I</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>បញ្ជីមានចំណុច</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>បញ្ជីមានលេខរៀង</translation>
    </message>
    <message>
        <source>Move the list item out (Shift+Tab)</source>
        <translation>រំកិលធាតុបញ្ជីចេញក្រៅមួយកម្រិត (Shift+Tab)</translation>
    </message>
    <message>
        <source>Move the list item in, under the one above (Tab)</source>
        <translation>រំកិលធាតុបញ្ជីចូលក្នុងមួយកម្រិត នៅក្រោមធាតុខាងលើ (Tab)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Login (this CBO)</source>
        <translation>ការចូល (សហគមន៍នេះ)</translation>
    </message>
    <message>
        <source>Everyone logs in with a user name and password</source>
        <translation>អ្នកទាំងអស់ត្រូវចូលដោយប្រើឈ្មោះអ្នកប្រើ និងពាក្យសម្ងាត់</translation>
    </message>
    <message>
        <source>Off: whoever opens this CBO works as its administrator, and the audit log says so. Fine for a one-person CBO on a laptop nobody else uses. Before turning login on, set your own password (Settings → Users and passwords).</source>
        <translation>បិទ៖ អ្នកណាក៏ដោយដែលបើកសហគមន៍នេះ ធ្វើការជាអ្នកគ្រប់គ្រងរបស់វា ហើយកំណត់ត្រាសវនកម្មកត់ត្រាដូច្នោះ។ សមស្របសម្រាប់សហគមន៍ដែលមានអ្នកធ្វើការតែម្នាក់ លើកុំព្យូទ័រយួរដៃដែលគ្មាននរណាផ្សេងប្រើ។ មុននឹងបើកការចូល សូមកំណត់ពាក្យសម្ងាត់របស់អ្នកជាមុនសិន (ការកំណត់ → អ្នកប្រើ និងពាក្យសម្ងាត់)។</translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation>ថតសម្រាប់ការបម្រុងទុកដោយស្វ័យប្រវត្តិ</translation>
    </message>
    <message>
        <source>Language and settings</source>
        <translation>ភាសា និងការកំណត់</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ភាសា</translation>
    </message>
    <message>
        <source>&amp;Language of the app:</source>
        <translation>ភាសារបស់កម្មវិធី (&amp;L)៖</translation>
    </message>
    <message>
        <source>Write numbers with &amp;Khmer digits (១២៣)</source>
        <translation>សរសេរលេខជាលេខខ្មែរ (១២៣) (&amp;K)</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>ឧទាហរណ៍៖</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>ការបម្រុងទុកដោយស្វ័យប្រវត្តិ</translation>
    </message>
    <message>
        <source>Back up the CBO when it is closed and once a &amp;day</source>
        <translation>បម្រុងទុកសហគមន៍ ពេលបិទ និងម្ដងរៀងរាល់ថ្ងៃ (&amp;d)</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>ថតបម្រុងទុក (&amp;f)៖</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>រកមើល (&amp;B)…</translation>
    </message>
    <message>
        <source>Kept: one a day for 7 days, one a week for 4 weeks, one a month for 12 months.</source>
        <translation>រក្សាទុក៖ មួយក្នុងមួយថ្ងៃ រយៈពេល 7 ថ្ងៃ មួយក្នុងមួយសប្ដាហ៍ រយៈពេល 4 សប្ដាហ៍ និងមួយក្នុងមួយខែ រយៈពេល 12 ខែ។</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <source>Statement of member %s</source>
        <translation>របាយការណ៍គណនីសមាជិកលេខ %s</translation>
    </message>
    <message>
        <source>&lt;b&gt;Member %s: %s&lt;/b&gt;&lt;br&gt;%s · joined on %s · %s</source>
        <translation>&lt;b&gt;សមាជិកលេខ %s៖ %s&lt;/b&gt;&lt;br&gt;%s · ចូលជាសមាជិកនៅថ្ងៃ %s · %s</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>បានទទួល</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>បានចំណាយ</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>ការកែតម្រូវ</translation>
    </message>
    <message>
        <source>Correction: %s</source>
        <translation>ការកែតម្រូវ៖ %s</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>លេខ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>ចំណាត់ថ្នាក់</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>ការពិពណ៌នា</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>គណនី</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>ចំនួនទឹកប្រាក់</translation>
    </message>
    <message>
        <source>Received from the member in the period</source>
        <translation>ប្រាក់ដែលបានទទួលពីសមាជិក ក្នុងរយៈពេលនេះ</translation>
    </message>
    <message>
        <source>Paid to the member in the period</source>
        <translation>ប្រាក់ដែលបានបង់ឱ្យសមាជិក ក្នុងរយៈពេលនេះ</translation>
    </message>
    <message>
        <source>Membership fees due up to %s</source>
        <translation>ភាគទានសមាជិកដែលត្រូវបង់ រហូតដល់ %s</translation>
    </message>
    <message>
        <source>Membership fees paid</source>
        <translation>ភាគទានសមាជិកដែលបានបង់</translation>
    </message>
    <message>
        <source>&lt;b&gt;Still owed&lt;/b&gt;</source>
        <translation>&lt;b&gt;នៅជំពាក់&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Entries marked ✓ are membership fees.</source>
        <translation>ប្រតិបត្តិការដែលមានសញ្ញា ✓ គឺជាភាគទានសមាជិក។</translation>
    </message>
    <message>
        <source>Member&apos;s statement</source>
        <translation>របាយការណ៍គណនីសមាជិក</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>ពី (&amp;F)៖</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>ដល់ (&amp;t)</translation>
    </message>
    <message>
        <source>Make the statement as a report, to print or save as PDF or Excel</source>
        <translation>ធ្វើរបាយការណ៍គណនីសមាជិកនេះជារបាយការណ៍ សម្រាប់បោះពុម្ព ឬរក្សាទុកជា PDF ឬ Excel</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>បោះពុម្ព (&amp;P)…</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>(choose)</source>
        <translation>(ជ្រើសរើស)</translation>
    </message>
    <message>
        <source>Member %s: %s. Now: %s since %s.</source>
        <translation>សមាជិកលេខ %s៖ %s។ បច្ចុប្បន្ន៖ %s តាំងពី %s។</translation>
    </message>
    <message>
        <source>The member&apos;s committee positions end on that day.</source>
        <translation>តួនាទីក្នុងគណៈកម្មការរបស់សមាជិកនេះ បញ្ចប់នៅថ្ងៃនោះ។</translation>
    </message>
    <message>
        <source>Write why the member left.</source>
        <translation>សូមសរសេរមូលហេតុដែលសមាជិកចាកចេញ។</translation>
    </message>
    <message>
        <source>This member was recorded as deceased. If that was a mistake, write so as the reason.</source>
        <translation>សមាជិកនេះត្រូវបានកត់ត្រាថាបានទទួលមរណភាព។ ប្រសិនបើនោះជាកំហុស សូមសរសេរបញ្ជាក់ដូច្នេះជាមូលហេតុ។</translation>
    </message>
    <message>
        <source>Change of status</source>
        <translation>ការប្ដូរស្ថានភាព</translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation>ស្ថានភាពថ្មី (&amp;N)៖</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>ចាប់ពី (&amp;F)៖</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>មូលហេតុ (&amp;R)៖</translation>
    </message>
    <message>
        <source>e.g. moved to Phnom Penh for work</source>
        <translation>ឧ. ផ្លាស់ទៅភ្នំពេញដើម្បីធ្វើការ</translation>
    </message>
</context>
<context>
    <name>StrategyDialog</name>
    <message>
        <source>Vision, mission and goals</source>
        <translation>ចក្ខុវិស័យ បេសកកម្ម និងគោលបំណង</translation>
    </message>
    <message>
        <source>Vision and mission</source>
        <translation>ចក្ខុវិស័យ និងបេសកកម្ម</translation>
    </message>
    <message>
        <source>Vision (Khmer):</source>
        <translation>ចក្ខុវិស័យ (ភាសាខ្មែរ)៖</translation>
    </message>
    <message>
        <source>Vision (English):</source>
        <translation>ចក្ខុវិស័យ (ភាសាអង់គ្លេស)៖</translation>
    </message>
    <message>
        <source>Mission (Khmer):</source>
        <translation>បេសកកម្ម (ភាសាខ្មែរ)៖</translation>
    </message>
    <message>
        <source>Mission (English):</source>
        <translation>បេសកកម្ម (ភាសាអង់គ្លេស)៖</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>គោលបំណង</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>លេខកូដ៖</translation>
    </message>
    <message>
        <source>Goal (Khmer):</source>
        <translation>គោលបំណង (ភាសាខ្មែរ)៖</translation>
    </message>
    <message>
        <source>Goal (English):</source>
        <translation>គោលបំណង (ភាសាអង់គ្លេស)៖</translation>
    </message>
    <message>
        <source>&amp;Add as a new goal</source>
        <translation>បន្ថែមជាគោលបំណងថ្មី (&amp;A)</translation>
    </message>
    <message>
        <source>Save the &amp;goal</source>
        <translation>រក្សាទុកគោលបំណង (&amp;g)</translation>
    </message>
    <message>
        <source>&amp;Retire the goal</source>
        <translation>ឈប់ប្រើគោលបំណងនេះ (&amp;R)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>លេខកូដ</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>គោលបំណង</translation>
    </message>
    <message>
        <source> (retired)</source>
        <translation> (ឈប់ប្រើ)</translation>
    </message>
    <message>
        <source>&amp;Use the goal again</source>
        <translation>ប្រើគោលបំណងនេះឡើងវិញ (&amp;U)</translation>
    </message>
</context>
<context>
    <name>TargetsChart</name>
    <message>
        <source>Choose an activity to see its targets and achievements.</source>
        <translation>សូមជ្រើសរើសសកម្មភាពមួយ ដើម្បីមើលគោលដៅ និងលទ្ធផលសម្រេចបានរបស់វា។</translation>
    </message>
    <message>
        <source>%s has no indicators with a target yet.</source>
        <translation>%s មិនទាន់មានសូចនាករដែលមានគោលដៅនៅឡើយទេ។</translation>
    </message>
    <message>
        <source>%s: %s of %s %s</source>
        <translation>%s៖ %s / គោលដៅ %s %s</translation>
    </message>
    <message>
        <source>%s: achieved, in percent of each target</source>
        <translation>%s៖ លទ្ធផលសម្រេចបាន គិតជាភាគរយនៃគោលដៅនីមួយៗ</translation>
    </message>
    <message>
        <source>No indicator of this plan has a target yet.</source>
        <translation>មិនទាន់មានសូចនាករណាមួយនៃផែនការនេះ ដែលមានគោលដៅនៅឡើយទេ។</translation>
    </message>
    <message>
        <source>The year: achieved, in percent of each target</source>
        <translation>ពេញមួយឆ្នាំ៖ លទ្ធផលសម្រេចបាន គិតជាភាគរយនៃគោលដៅនីមួយៗ</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>គោលដៅ</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>សម្រេចបាន</translation>
    </message>
</context>
<context>
    <name>TermDialog</name>
    <message>
        <source>(choose)</source>
        <translation>(ជ្រើសរើស)</translation>
    </message>
    <message>
        <source>New committee term</source>
        <translation>អាណត្តិគណៈកម្មការថ្មី</translation>
    </message>
    <message>
        <source>Correct a committee term</source>
        <translation>កែតម្រូវអាណត្តិគណៈកម្មការ</translation>
    </message>
    <message>
        <source>Hand the position over?</source>
        <translation>ប្រគល់តួនាទីនេះឬ?</translation>
    </message>
    <message>
        <source>%s is %s since %s. Hand the position over? Their term will end on %s.</source>
        <translation>%s ជា %s តាំងពី %s។ ប្រគល់តួនាទីនេះឬ? អាណត្តិរបស់គាត់នឹងបញ្ចប់នៅថ្ងៃ %s។</translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation>ប្រគល់ (&amp;H)</translation>
    </message>
    <message>
        <source>Go &amp;back</source>
        <translation>ថយក្រោយ (&amp;b)</translation>
    </message>
    <message>
        <source>Committee term</source>
        <translation>អាណត្តិគណៈកម្មការ</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>តួនាទី (&amp;P)៖</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ឈ្មោះតួនាទី (&amp;T)៖</translation>
    </message>
    <message>
        <source>the CBO&apos;s own name of the role, e.g. Advisor (needed for “Other role”)</source>
        <translation>ឈ្មោះតួនាទីដែលសហគមន៍ប្រើផ្ទាល់ ឧ. ទីប្រឹក្សា (ចាំបាច់សម្រាប់ «តួនាទីផ្សេងទៀត»)</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>សមាជិក (&amp;M)៖</translation>
    </message>
    <message>
        <source>type a name or a member number, then choose</source>
        <translation>វាយឈ្មោះ ឬលេខសមាជិក រួចជ្រើសរើស</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>ចាប់ពី (&amp;F)៖</translation>
    </message>
    <message>
        <source>Ended &amp;on:</source>
        <translation>បានបញ្ចប់នៅថ្ងៃ (&amp;o)៖</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>កំណត់សម្គាល់ (&amp;t)៖</translation>
    </message>
    <message>
        <source>e.g. elected at the general assembly of 14 March 2026</source>
        <translation>ឧ. ត្រូវបានបោះឆ្នោតជ្រើសរើសនៅក្នុងមហាសន្និបាតថ្ងៃទី 14 ខែមីនា ឆ្នាំ 2026</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>The amount in is worked out from the rate; correct it if the money counted was different.</source>
        <translation>ចំនួនទឹកប្រាក់ចូល ត្រូវបានគណនាពីអត្រាប្ដូរប្រាក់។ សូមកែវា ប្រសិនបើប្រាក់ដែលបានរាប់ខុសពីនេះ។</translation>
    </message>
    <message>
        <source>Currency exchange</source>
        <translation>ការប្ដូររូបិយប័ណ្ណ</translation>
    </message>
    <message>
        <source>The same amount leaves one account and arrives in the other.</source>
        <translation>ចំនួនទឹកប្រាក់ដូចគ្នា ចេញពីគណនីមួយ ហើយចូលទៅគណនីមួយទៀត។</translation>
    </message>
    <message>
        <source>Transfer between accounts</source>
        <translation>ការផ្ទេរប្រាក់រវាងគណនី</translation>
    </message>
    <message>
        <source>Transfer or exchange</source>
        <translation>ការផ្ទេរប្រាក់ ឬការប្ដូររូបិយប័ណ្ណ</translation>
    </message>
    <message>
        <source>Money moved from one account to another, such as cash taken to the bank. Between riel and dollars it is an exchange: give the rate used.</source>
        <translation>ប្រាក់ដែលបានផ្ទេរពីគណនីមួយទៅគណនីមួយទៀត ដូចជាសាច់ប្រាក់ដែលយកទៅដាក់ធនាគារ។ រវាងរៀល និងដុល្លារ គឺជាការប្ដូររូបិយប័ណ្ណ៖ សូមផ្ដល់អត្រាប្ដូរប្រាក់ដែលបានប្រើ។</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>កាលបរិច្ឆេទ (&amp;D)៖</translation>
    </message>
    <message>
        <source>&amp;From account:</source>
        <translation>ពីគណនី (&amp;F)៖</translation>
    </message>
    <message>
        <source>&amp;To account:</source>
        <translation>ទៅគណនី (&amp;T)៖</translation>
    </message>
    <message>
        <source>Amount &amp;out:</source>
        <translation>ចំនួនទឹកប្រាក់ចេញ (&amp;o)៖</translation>
    </message>
    <message>
        <source>&amp;Rate (riel for 1 dollar):</source>
        <translation>អត្រាប្ដូរប្រាក់ (រៀល ក្នុង 1 ដុល្លារ) (&amp;R)៖</translation>
    </message>
    <message>
        <source>Amount &amp;in:</source>
        <translation>ចំនួនទឹកប្រាក់ចូល (&amp;i)៖</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>ការពិពណ៌នា (&amp;i)៖</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>បន្ថែមអ្នកប្រើ</translation>
    </message>
    <message>
        <source>Change a user</source>
        <translation>កែប្រែអ្នកប្រើ</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>ឈ្មោះ (&amp;N)៖</translation>
    </message>
    <message>
        <source>&amp;User name (to log in):</source>
        <translation>ឈ្មោះអ្នកប្រើ (សម្រាប់ចូល) (&amp;U)៖</translation>
    </message>
    <message>
        <source>Roles (one or more)</source>
        <translation>តួនាទី (មួយ ឬច្រើន)</translation>
    </message>
    <message>
        <source>First &amp;password:</source>
        <translation>ពាក្យសម្ងាត់ដំបូង (&amp;p)៖</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>វាយម្ដងទៀត (&amp;A)៖</translation>
    </message>
    <message>
        <source>The person chooses their own password when they first log in.</source>
        <translation>អ្នកប្រើនេះនឹងជ្រើសរើសពាក្យសម្ងាត់ផ្ទាល់ខ្លួន នៅពេលចូលលើកដំបូង។</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ឈ្មោះអ្នកប្រើ</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>តួនាទី</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>សកម្ម</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>ចូលចុងក្រោយ</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>បាទ/ចាស</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>បានបិទដំណើរការ</translation>
    </message>
    <message>
        <source>never</source>
        <translation>មិនដែលចូល</translation>
    </message>
    <message>
        <source>Chooses a new password at the next login.</source>
        <translation>នឹងជ្រើសរើសពាក្យសម្ងាត់ថ្មី នៅពេលចូលលើកក្រោយ។</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users and passwords</source>
        <translation>អ្នកប្រើ និងពាក្យសម្ងាត់</translation>
    </message>
    <message>
        <source>&amp;Add a user…</source>
        <translation>បន្ថែមអ្នកប្រើ (&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>កែប្រែ (&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>កំណត់ពាក្យសម្ងាត់ឡើងវិញ (&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;My password…</source>
        <translation>ពាក្យសម្ងាត់របស់ខ្ញុំ (&amp;M)…</translation>
    </message>
    <message>
        <source>Users are never deleted: the audit log keeps naming who did what. Disable a user who stops working in the CBO.</source>
        <translation>អ្នកប្រើមិនដែលត្រូវបានលុបចោលទេ៖ កំណត់ត្រាសវនកម្មនៅតែបង្ហាញឈ្មោះអ្នកដែលបានធ្វើការងារនីមួយៗ។ សូមបិទដំណើរការអ្នកប្រើដែលឈប់ធ្វើការក្នុងសហគមន៍។</translation>
    </message>
    <message>
        <source>Only an administrator manages the users. You can set your own password here.</source>
        <translation>មានតែអ្នកគ្រប់គ្រងប៉ុណ្ណោះ ដែលអាចចាត់ចែងអ្នកប្រើ។ អ្នកអាចកំណត់ពាក្យសម្ងាត់ផ្ទាល់ខ្លួនរបស់អ្នកនៅទីនេះ។</translation>
    </message>
    <message>
        <source>Login is on: everyone logs in with their user name and password.</source>
        <translation>ការចូលត្រូវបានបើក៖ អ្នកទាំងអស់ចូលដោយប្រើឈ្មោះអ្នកប្រើ និងពាក្យសម្ងាត់របស់ខ្លួន។</translation>
    </message>
    <message>
        <source>Login is off: whoever opens this CBO works as its administrator, and the audit log says so. An administrator turns login on in Settings → Language and settings.</source>
        <translation>ការចូលត្រូវបានបិទ៖ អ្នកណាក៏ដោយដែលបើកសហគមន៍នេះ ធ្វើការជាអ្នកគ្រប់គ្រងរបស់វា ហើយកំណត់ត្រាសវនកម្មកត់ត្រាដូច្នោះ។ អ្នកគ្រប់គ្រងអាចបើកការចូលនៅក្នុង ការកំណត់ → ភាសា និងការកំណត់។</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>បើកដំណើរការ (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>បិទដំណើរការ (&amp;D)</translation>
    </message>
    <message>
        <source>Disable a user</source>
        <translation>បិទដំណើរការអ្នកប្រើ</translation>
    </message>
    <message>
        <source>Disable %s? They can no longer log in. What they did stays in the records under their name; you can enable them again later.</source>
        <translation>តើបិទដំណើរការ %s ឬ? គាត់នឹងមិនអាចចូលបានទៀតទេ។ អ្វីដែលគាត់បានធ្វើ នៅតែមានក្នុងកំណត់ត្រាក្រោមឈ្មោះរបស់គាត់។ អ្នកអាចបើកដំណើរការឱ្យគាត់វិញនៅពេលក្រោយ។</translation>
    </message>
</context>
<context>
    <name>VillageDialog</name>
    <message>
        <source>New village</source>
        <translation>ភូមិថ្មី</translation>
    </message>
    <message>
        <source>A village the members live in, with its commune, in Khmer, in English, or both.</source>
        <translation>ភូមិដែលសមាជិករស់នៅ រួមទាំងឃុំរបស់ភូមិនោះ ជាភាសាខ្មែរ ភាសាអង់គ្លេស ឬទាំងពីរ។</translation>
    </message>
    <message>
        <source>Village in &amp;Khmer:</source>
        <translation>ភូមិជាភាសាខ្មែរ (&amp;K)៖</translation>
    </message>
    <message>
        <source>Village in &amp;English:</source>
        <translation>ភូមិជាភាសាអង់គ្លេស (&amp;E)៖</translation>
    </message>
    <message>
        <source>Commune in K&amp;hmer:</source>
        <translation>ឃុំជាភាសាខ្មែរ (&amp;h)៖</translation>
    </message>
    <message>
        <source>Commune in En&amp;glish:</source>
        <translation>ឃុំជាភាសាអង់គ្លេស (&amp;g)៖</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to CBO Desk</source>
        <translation>សូមស្វាគមន៍មកកាន់ CBO Desk</translation>
    </message>
    <message>
        <source>Connect to a &amp;shared CBO database</source>
        <translation>ភ្ជាប់ទៅមូលដ្ឋានទិន្នន័យរួមរបស់សហគមន៍ (&amp;s)</translation>
    </message>
    <message>
        <source>Your CBO or your supporting NGO keeps the CBO on an office server (PostgreSQL), used from several computers.</source>
        <translation>សហគមន៍របស់អ្នក ឬអង្គការមិនមែនរដ្ឋាភិបាលដែលគាំទ្រអ្នក រក្សាទុកទិន្នន័យសហគមន៍នៅលើម៉ាស៊ីនមេនៅការិយាល័យ (PostgreSQL) ដែលប្រើពីកុំព្យូទ័រច្រើនគ្រឿង។</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ភាសា (&amp;L)៖</translation>
    </message>
    <message>
        <source>CBO Desk keeps your CBO&apos;s members, meetings, money and plans in one file on this computer, in line with the Guideline of Good Practices of CBOs. What would you like to do?</source>
        <translation>CBO Desk រក្សាទុកព័ត៌មានសមាជិក កិច្ចប្រជុំ ប្រាក់ និងផែនការរបស់សហគមន៍អ្នក ក្នុងឯកសារតែមួយនៅលើកុំព្យូទ័រនេះ ស្របតាមគោលការណ៍ណែនាំស្ដីពីការអនុវត្តល្អរបស់អង្គការសហគមន៍មូលដ្ឋាន។ តើអ្នកចង់ធ្វើអ្វី?</translation>
    </message>
    <message>
        <source>&amp;Create my CBO</source>
        <translation>បង្កើតសហគមន៍របស់ខ្ញុំ (&amp;C)</translation>
    </message>
    <message>
        <source>Enter your CBO&apos;s name and address; this takes two minutes. You can change everything later.</source>
        <translation>បញ្ចូលឈ្មោះ និងអាសយដ្ឋានរបស់សហគមន៍អ្នក ដែលចំណាយពេលប្រហែលពីរនាទី។ អ្នកអាចកែប្រែអ្វីៗទាំងអស់នៅពេលក្រោយ។</translation>
    </message>
    <message>
        <source>Open the &amp;demo CBO</source>
        <translation>បើកសហគមន៍សាកល្បង (&amp;d)</translation>
    </message>
    <message>
        <source>A made-up community fishery to try the app and learn, without touching real data.</source>
        <translation>សហគមន៍នេសាទគំរូ (មិនមែនសហគមន៍ពិត) សម្រាប់សាកល្បងកម្មវិធី និងរៀនប្រើ ដោយមិនប៉ះពាល់ទិន្នន័យពិត។</translation>
    </message>
    <message>
        <source>&amp;Open a CBO file I already have</source>
        <translation>បើកឯកសារសហគមន៍ដែលខ្ញុំមានរួចហើយ (&amp;O)</translation>
    </message>
    <message>
        <source>For example a file copied from another computer or a USB stick (it ends in .cbodesk).</source>
        <translation>ឧទាហរណ៍ ឯកសារដែលបានចម្លងពីកុំព្យូទ័រផ្សេង ឬពីឧបករណ៍ផ្ទុក USB (ឈ្មោះឯកសារបញ្ចប់ដោយ .cbodesk)។</translation>
    </message>
</context>
<context>
    <name>_Dialog</name>
    <message>
        <source>Save</source>
        <translation>រក្សាទុក</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>Organisation profile</source>
        <translation>ប្រវត្តិរូបអង្គការ</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>សមាជិក</translation>
    </message>
    <message>
        <source>Cash book</source>
        <translation>សៀវភៅសាច់ប្រាក់</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>កិច្ចប្រជុំ</translation>
    </message>
    <message>
        <source>Activity plans</source>
        <translation>ផែនការសកម្មភាព</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>អ្នកប្រើ</translation>
    </message>
    <message>
        <source>The audit log is complete and unchanged: {count} entries checked.</source>
        <translation>កំណត់ត្រាសវនកម្មពេញលេញ និងមិនត្រូវបានកែប្រែ៖ បានពិនិត្យ {count} ធាតុ។</translation>
    </message>
    <message>
        <source>Entry {id} of the audit log was changed after it was written.</source>
        <translation>ធាតុលេខ {id} នៃកំណត់ត្រាសវនកម្ម ត្រូវបានកែប្រែ បន្ទាប់ពីវាត្រូវបានសរសេររួច។</translation>
    </message>
    <message>
        <source>Entries of the audit log were removed just before entry {id} (or the entry before it was rewritten).</source>
        <translation>ធាតុមួយចំនួននៃកំណត់ត្រាសវនកម្ម ត្រូវបានលុបចេញ នៅមុនធាតុលេខ {id} (ឬធាតុនៅមុនវា ត្រូវបានសរសេរឡើងវិញ)។</translation>
    </message>
    <message>
        <source>Entry {id} of the audit log was not written by CBO Desk: it was added directly in the database.</source>
        <translation>ប្រតិបត្តិការ {id} នៃកំណត់ត្រាសវនកម្ម មិនត្រូវបានសរសេរដោយ CBO Desk ទេ៖ វាត្រូវបានបន្ថែមដោយផ្ទាល់នៅក្នុងមូលដ្ឋានទិន្នន័យ។</translation>
    </message>
    <message>
        <source>When</source>
        <translation>ពេលវេលា</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>អ្នកណា</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>សកម្មភាព</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>ផ្នែក</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>កំណត់ត្រា</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>អ្វីដែលបានផ្លាស់ប្ដូរ</translation>
    </message>
    <message>
        <source>Before (as stored)</source>
        <translation>មុន (ដូចដែលបានរក្សាទុក)</translation>
    </message>
    <message>
        <source>After (as stored)</source>
        <translation>ក្រោយ (ដូចដែលបានរក្សាទុក)</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>ប្រតិបត្តិការ</translation>
    </message>
    <message>
        <source>login off</source>
        <translation>បិទការចូលប្រព័ន្ធ</translation>
    </message>
    <message>
        <source>from the terminal</source>
        <translation>ពីបន្ទាត់បញ្ជា (terminal)</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>កំណត់ត្រាសវនកម្ម</translation>
    </message>
</context>
<context>
    <name>cashbook</name>
    <message>
        <source>Cash box</source>
        <translation>ប្រអប់សាច់ប្រាក់</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>គណនីធនាគារ</translation>
    </message>
    <message>
        <source>Mobile money</source>
        <translation>ប្រាក់តាមទូរស័ព្ទ</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>បង្កាន់ដៃទទួលប្រាក់</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>ការចំណាយ</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>ការផ្ទេរប្រាក់</translation>
    </message>
    <message>
        <source>Currency exchange</source>
        <translation>ការប្ដូររូបិយប័ណ្ណ</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>ការបញ្ច្រាស</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>បានអនុម័ត</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>បានបដិសេធ</translation>
    </message>
</context>
<context>
    <name>catalogue</name>
    <message>
        <source>Legalization and institutional development</source>
        <translation>ការចុះបញ្ជីស្របច្បាប់ និងការអភិវឌ្ឍស្ថាប័ន</translation>
    </message>
    <message>
        <source>Communication, cooperation and networking</source>
        <translation>ការប្រាស្រ័យទាក់ទង កិច្ចសហប្រតិបត្តិការ និងការកសាងបណ្ដាញ</translation>
    </message>
    <message>
        <source>Membership and membership management</source>
        <translation>សមាជិកភាព និងការគ្រប់គ្រងសមាជិកភាព</translation>
    </message>
    <message>
        <source>Financial management</source>
        <translation>ការគ្រប់គ្រងហិរញ្ញវត្ថុ</translation>
    </message>
    <message>
        <source>Accountability and transparency</source>
        <translation>គណនេយ្យភាព និងតម្លាភាព</translation>
    </message>
    <message>
        <source>Participatory implementation, monitoring and evaluation</source>
        <translation>ការអនុវត្ត ការតាមដាន និងការវាយតម្លៃ ប្រកបដោយការចូលរួម</translation>
    </message>
    <message>
        <source>Strategy and sustainability</source>
        <translation>យុទ្ធសាស្ត្រ និងនិរន្តរភាព</translation>
    </message>
    <message>
        <source>Capacity development</source>
        <translation>ការអភិវឌ្ឍសមត្ថភាព</translation>
    </message>
    <message>
        <source>Community fishery</source>
        <translation>សហគមន៍នេសាទ</translation>
    </message>
    <message>
        <source>Community forestry</source>
        <translation>សហគមន៍ព្រៃឈើ</translation>
    </message>
    <message>
        <source>Agriculture</source>
        <translation>កសិកម្ម</translation>
    </message>
    <message>
        <source>Savings group</source>
        <translation>ក្រុមសន្សំប្រាក់</translation>
    </message>
    <message>
        <source>Water and sanitation</source>
        <translation>ទឹកស្អាត និងអនាម័យ</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>ស្ត្រី</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>យុវជន</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>ផ្សេងៗ</translation>
    </message>
    <message>
        <source>Not registered yet</source>
        <translation>មិនទាន់ចុះបញ្ជី</translation>
    </message>
    <message>
        <source>Ministry of Interior</source>
        <translation>ក្រសួងមហាផ្ទៃ</translation>
    </message>
    <message>
        <source>A line ministry (e.g. Fisheries Administration, MAFF)</source>
        <translation>ក្រសួងជំនាញ (ឧ. រដ្ឋបាលជលផល ក្រសួងកសិកម្ម រុក្ខាប្រមាញ់ និងនេសាទ)</translation>
    </message>
    <message>
        <source>Commune council</source>
        <translation>ក្រុមប្រឹក្សាឃុំ</translation>
    </message>
    <message>
        <source>January</source>
        <translation>មករា</translation>
    </message>
    <message>
        <source>February</source>
        <translation>កុម្ភៈ</translation>
    </message>
    <message>
        <source>March</source>
        <translation>មីនា</translation>
    </message>
    <message>
        <source>April</source>
        <translation>មេសា</translation>
    </message>
    <message>
        <source>May</source>
        <translation>ឧសភា</translation>
    </message>
    <message>
        <source>June</source>
        <translation>មិថុនា</translation>
    </message>
    <message>
        <source>July</source>
        <translation>កក្កដា</translation>
    </message>
    <message>
        <source>August</source>
        <translation>សីហា</translation>
    </message>
    <message>
        <source>September</source>
        <translation>កញ្ញា</translation>
    </message>
    <message>
        <source>October</source>
        <translation>តុលា</translation>
    </message>
    <message>
        <source>November</source>
        <translation>វិច្ឆិកា</translation>
    </message>
    <message>
        <source>December</source>
        <translation>ធ្នូ</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Enter a date, for example 14/03/2026.</source>
        <translation>សូមបញ្ចូលកាលបរិច្ឆេទ ឧទាហរណ៍ 14/03/2026។</translation>
    </message>
    <message>
        <source>“{text}” is not a date. Type day/month/year, for example 14/03/2026.</source>
        <translation>«{text}» មិនមែនជាកាលបរិច្ឆេទទេ។ សូមវាយ ថ្ងៃ/ខែ/ឆ្នាំ ឧទាហរណ៍ 14/03/2026។</translation>
    </message>
    <message>
        <source>“{text}” is not a day of the calendar. Check the day and the month.</source>
        <translation>«{text}» មិនមែនជាថ្ងៃដែលមាននៅក្នុងប្រតិទិនទេ។ សូមពិនិត្យថ្ងៃ និងខែ។</translation>
    </message>
    <message>
        <source>Enter an amount, for example {example}.</source>
        <translation>សូមបញ្ចូលចំនួនទឹកប្រាក់ ឧទាហរណ៍ {example}។</translation>
    </message>
    <message>
        <source>“{text}” is not an amount. Type only digits, for example {example}.</source>
        <translation>«{text}» មិនមែនជាចំនួនទឹកប្រាក់ទេ។ សូមវាយតែលេខប៉ុណ្ណោះ ឧទាហរណ៍ {example}។</translation>
    </message>
    <message>
        <source>“{text}” has a comma or space in the wrong place. Group digits by three (1,234,500) and use a point for cents (12.50).</source>
        <translation>«{text}» មានក្បៀស ឬដកឃ្លា នៅកន្លែងខុស។ សូមដាក់លេខជាក្រុមបីខ្ទង់ (1,234,500) ហើយប្រើចំណុចសម្រាប់សេន (12.50)។</translation>
    </message>
    <message>
        <source>“{text}” has decimals, but riel amounts are whole numbers. Type it without a decimal point, for example {example}.</source>
        <translation>«{text}» មានខ្ទង់ទសភាគ ប៉ុន្តែចំនួនទឹកប្រាក់ជារៀលគឺជាចំនួនគត់។ សូមវាយដោយគ្មានចំណុចទសភាគ ឧទាហរណ៍ {example}។</translation>
    </message>
    <message>
        <source>“{text}” has too many digits after the point: {currency} amounts have at most {digits}, for example {example}.</source>
        <translation>«{text}» មានខ្ទង់ច្រើនពេកនៅក្រោយចំណុច៖ ចំនួនទឹកប្រាក់ជា {currency} មានយ៉ាងច្រើន {digits} ខ្ទង់ ឧទាហរណ៍ {example}។</translation>
    </message>
    <message>
        <source>“{text}” is in another currency. Type the amount in {currency}, for example {example}.</source>
        <translation>«{text}» ជារូបិយប័ណ្ណផ្សេង។ សូមវាយចំនួនទឹកប្រាក់ជា {currency} ឧទាហរណ៍ {example}។</translation>
    </message>
    <message>
        <source>“{text}” is too large for an amount. Check the number of digits.</source>
        <translation>«{text}» ធំពេកសម្រាប់ចំនួនទឹកប្រាក់។ សូមពិនិត្យចំនួនខ្ទង់លេខ។</translation>
    </message>
    <message>
        <source>{who} may not do this. Ask the chair or the administrator of the CBO to do it, or to give you the role it needs.</source>
        <translation>{who} មិនមានសិទ្ធិធ្វើការនេះទេ។ សូមស្នើប្រធាន ឬអ្នកគ្រប់គ្រងរបស់សហគមន៍ ឱ្យធ្វើការនេះ ឬឱ្យផ្ដល់តួនាទីដែលត្រូវការដល់អ្នក។</translation>
    </message>
    <message>
        <source>{who} changed the profile after you opened it. Your changes were not saved; reload the page to see theirs, then make your changes again.</source>
        <translation>{who} បានកែប្រែប្រវត្តិរូប បន្ទាប់ពីអ្នកបានបើកវា។ ការផ្លាស់ប្ដូររបស់អ្នកមិនត្រូវបានរក្សាទុកទេ។ សូមផ្ទុកទំព័រឡើងវិញ ដើម្បីមើលការផ្លាស់ប្ដូររបស់គាត់ រួចធ្វើការផ្លាស់ប្ដូររបស់អ្នកម្ដងទៀត។</translation>
    </message>
    <message>
        <source>Give the name of the person who keeps this CBO&apos;s file.</source>
        <translation>សូមផ្ដល់ឈ្មោះអ្នកដែលរក្សាឯកសាររបស់សហគមន៍នេះ។</translation>
    </message>
    <message>
        <source>{path} is not a CBO Desk backup. Choose a backup file, whose name ends in .cbobackup. Nothing was changed.</source>
        <translation>{path} មិនមែនជាការបម្រុងទុករបស់ CBO Desk ទេ។ សូមជ្រើសរើសឯកសារបម្រុងទុក ដែលឈ្មោះបញ្ចប់ដោយ .cbobackup។ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។</translation>
    </message>
    <message>
        <source>The backup {path} is damaged and cannot be restored. Nothing was changed. Choose another backup: an older one, or a copy kept on another USB stick or computer.</source>
        <translation>ការបម្រុងទុក {path} ខូច ហើយមិនអាចស្ដារបានទេ។ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។ សូមជ្រើសរើសការបម្រុងទុកផ្សេង៖ ការបម្រុងទុកចាស់ជាងនេះ ឬច្បាប់ចម្លងដែលរក្សាទុកនៅលើឧបករណ៍ផ្ទុក USB ឬកុំព្យូទ័រផ្សេងទៀត។</translation>
    </message>
    <message>
        <source>The backup {path} was made by a newer CBO Desk. Install the newest CBO Desk to restore it. Nothing was changed.</source>
        <translation>ការបម្រុងទុក {path} ត្រូវបានធ្វើដោយ CBO Desk កំណែថ្មីជាង។ សូមដំឡើង CBO Desk កំណែថ្មីបំផុត ដើម្បីស្ដារវា។ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។</translation>
    </message>
    <message>
        <source>The backup cannot be saved in {folder}: the folder is missing or cannot be written to (for example a USB stick that was removed or is locked). Choose another folder and try again.</source>
        <translation>មិនអាចរក្សាទុកការបម្រុងទុកនៅក្នុង {folder} បានទេ៖ ថតនេះមិនមាន ឬមិនអាចសរសេរចូលបាន (ឧទាហរណ៍ ឧបករណ៍ផ្ទុក USB ដែលត្រូវបានដកចេញ ឬត្រូវបានចាក់សោ)។ សូមជ្រើសរើសថតផ្សេង ហើយព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
        <source>A file named {path} already exists. Choose another name; CBO Desk never overwrites a file when it creates a CBO.</source>
        <translation>មានឯកសារឈ្មោះ {path} រួចហើយ។ សូមជ្រើសរើសឈ្មោះផ្សេង។ CBO Desk មិនដែលសរសេរជាន់លើឯកសារណាមួយ ពេលបង្កើតសហគមន៍ថ្មីនោះទេ។</translation>
    </message>
    <message>
        <source>The CBO file {path} comes from an older CBO Desk and must be upgraded first; open it in the app to upgrade it (a backup is made first).</source>
        <translation>ឯកសារសហគមន៍ {path} មកពី CBO Desk កំណែចាស់ ហើយត្រូវធ្វើបច្ចុប្បន្នភាពជាមុនសិន។ សូមបើកវានៅក្នុងកម្មវិធី ដើម្បីធ្វើបច្ចុប្បន្នភាព (កម្មវិធីនឹងធ្វើការបម្រុងទុកជាមុនសិន)។</translation>
    </message>
    <message>
        <source>The database {where} already holds tables. A new CBO needs an empty database; ask the administrator of the server to create one.</source>
        <translation>មូលដ្ឋានទិន្នន័យ {where} មានតារាងរួចហើយ។ សហគមន៍ថ្មីត្រូវការមូលដ្ឋានទិន្នន័យទទេ។ សូមស្នើអ្នកគ្រប់គ្រងម៉ាស៊ីនមេ ឱ្យបង្កើតមូលដ្ឋានទិន្នន័យថ្មីមួយ។</translation>
    </message>
    <message>
        <source>{path} is not a CBO Desk file. Choose a file that ends in .cbodesk, or a backup file to restore.</source>
        <translation>{path} មិនមែនជាឯកសាររបស់ CBO Desk ទេ។ សូមជ្រើសរើសឯកសារដែលបញ្ចប់ដោយ .cbodesk ឬឯកសារបម្រុងទុកដើម្បីស្ដារ។</translation>
    </message>
    <message>
        <source>The CBO file {path} is damaged and cannot be opened safely. Nothing was changed. Restore it from a backup (File → Restore…), or ask your supporting NGO for help.</source>
        <translation>ឯកសារសហគមន៍ {path} ខូច ហើយមិនអាចបើកដោយសុវត្ថិភាពបានទេ។ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។ សូមស្ដារវាពីការបម្រុងទុក (ឯកសារ → ស្ដារ…) ឬសុំជំនួយពីអង្គការមិនមែនរដ្ឋាភិបាល (NGO) ដែលគាំទ្រអ្នក។</translation>
    </message>
    <message>
        <source>The CBO file {path} cannot be changed: the file or its folder is read-only (for example a CD, a locked USB stick or a protected folder). Copy it to your Documents folder and open the copy.</source>
        <translation>មិនអាចកែប្រែឯកសារសហគមន៍ {path} បានទេ៖ ឯកសារ ឬថតរបស់វាអាចតែអានបានប៉ុណ្ណោះ (ឧទាហរណ៍ ស៊ីឌី ឧបករណ៍ផ្ទុក USB ដែលចាក់សោ ឬថតដែលត្រូវបានការពារ)។ សូមចម្លងវាទៅថត Documents របស់អ្នក ហើយបើកច្បាប់ចម្លងនោះ។</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space (empty the recycle bin, delete old downloads), then try again.</source>
        <translation>ថាសពេញហើយ ដូច្នេះគ្មានអ្វីត្រូវបានរក្សាទុកទេ។ សូមបង្កើនទំហំទំនេរ (សម្អាតធុងសំរាម លុបឯកសារទាញយកចាស់ៗ) រួចព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
        <source>The CBO file {path} is already open in another CBO Desk window ({holder}). Close it there first: two windows writing one file at once could damage it.</source>
        <translation>ឯកសារសហគមន៍ {path} កំពុងបើកនៅក្នុងផ្ទាំង CBO Desk មួយទៀតរួចហើយ ({holder})។ សូមបិទវានៅទីនោះជាមុនសិន៖ ផ្ទាំងពីរដែលសរសេរលើឯកសារតែមួយក្នុងពេលតែមួយ អាចធ្វើឱ្យឯកសារខូច។</translation>
    </message>
    <message>
        <source>The CBO file {path} was saved by a newer CBO Desk (data version {found}; this CBO Desk knows up to {supported}). Install the newest CBO Desk to open it. Nothing was changed.</source>
        <translation>ឯកសារសហគមន៍ {path} ត្រូវបានរក្សាទុកដោយ CBO Desk កំណែថ្មីជាង (កំណែទិន្នន័យ {found}; CBO Desk នេះស្គាល់ត្រឹមកំណែ {supported})។ សូមដំឡើង CBO Desk កំណែថ្មីបំផុត ដើម្បីបើកវា។ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។</translation>
    </message>
    <message>
        <source>Cannot reach the shared CBO database {where}. Check the network cable or Wi-Fi, the server address, the user name and the password, then try again.</source>
        <translation>មិនអាចភ្ជាប់ទៅមូលដ្ឋានទិន្នន័យរួមរបស់សហគមន៍ {where} បានទេ។ សូមពិនិត្យខ្សែបណ្ដាញ ឬ Wi-Fi អាសយដ្ឋានម៉ាស៊ីនមេ ឈ្មោះអ្នកប្រើ និងពាក្យសម្ងាត់ រួចព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>សូមកែតម្រូវប្រអប់ដែលបានសម្គាល់។</translation>
    </message>
    <message>
        <source>Give the name of the CBO in Khmer, in English, or both.</source>
        <translation>សូមផ្ដល់ឈ្មោះសហគមន៍ជាភាសាខ្មែរ ភាសាអង់គ្លេស ឬទាំងពីរ។</translation>
    </message>
    <message>
        <source>The acronym is too long: at most 20 letters.</source>
        <translation>អក្សរកាត់វែងពេក៖ យ៉ាងច្រើន 20 តួអក្សរ។</translation>
    </message>
    <message>
        <source>Choose the sector of the CBO from the list.</source>
        <translation>សូមជ្រើសរើសវិស័យរបស់សហគមន៍ពីបញ្ជី។</translation>
    </message>
    <message>
        <source>Choose the province from the list.</source>
        <translation>សូមជ្រើសរើសខេត្តពីបញ្ជី។</translation>
    </message>
    <message>
        <source>Choose who registered the CBO from the list.</source>
        <translation>សូមជ្រើសរើសពីបញ្ជី ស្ថាប័នដែលបានចុះបញ្ជីសហគមន៍។</translation>
    </message>
    <message>
        <source>Give the registration number written on the registration letter, or choose &quot;Not registered yet&quot;.</source>
        <translation>សូមផ្ដល់លេខចុះបញ្ជីដែលសរសេរនៅលើលិខិតចុះបញ្ជី ឬជ្រើសរើស «មិនទាន់ចុះបញ្ជី»។</translation>
    </message>
    <message>
        <source>This date is in the future. Check the year.</source>
        <translation>កាលបរិច្ឆេទនេះស្ថិតនៅពេលអនាគត។ សូមពិនិត្យឆ្នាំ។</translation>
    </message>
    <message>
        <source>The CBO cannot be registered before it was founded. Check both dates.</source>
        <translation>សហគមន៍មិនអាចចុះបញ្ជីមុនថ្ងៃបង្កើតបានទេ។ សូមពិនិត្យកាលបរិច្ឆេទទាំងពីរ។</translation>
    </message>
    <message>
        <source>Choose the month the fiscal year starts.</source>
        <translation>សូមជ្រើសរើសខែដែលឆ្នាំហិរញ្ញវត្ថុចាប់ផ្ដើម។</translation>
    </message>
    <message>
        <source>Choose at least one currency: riel, dollars or both.</source>
        <translation>សូមជ្រើសរើសរូបិយប័ណ្ណយ៉ាងហោចណាស់មួយ៖ រៀល ដុល្លារ ឬទាំងពីរ។</translation>
    </message>
    <message>
        <source>Write the member&apos;s name in Khmer script, in Latin letters, or both.</source>
        <translation>សូមសរសេរឈ្មោះសមាជិកជាអក្សរខ្មែរ ជាអក្សរឡាតាំង ឬទាំងពីរ។</translation>
    </message>
    <message>
        <source>Write this name in Khmer script. Put the name in Latin letters in its own field.</source>
        <translation>សូមសរសេរឈ្មោះនេះជាអក្សរខ្មែរ។ សូមដាក់ឈ្មោះជាអក្សរឡាតាំង នៅក្នុងប្រអប់របស់វាដាច់ដោយឡែក។</translation>
    </message>
    <message>
        <source>Write this name in Latin letters, for example Sok Dara. Put the Khmer name in its own field.</source>
        <translation>សូមសរសេរឈ្មោះនេះជាអក្សរឡាតាំង ឧទាហរណ៍ Sok Dara។ សូមដាក់ឈ្មោះជាអក្សរខ្មែរ នៅក្នុងប្រអប់របស់វាដាច់ដោយឡែក។</translation>
    </message>
    <message>
        <source>This name is too long: at most {limit} letters.</source>
        <translation>ឈ្មោះនេះវែងពេក៖ យ៉ាងច្រើន {limit} តួអក្សរ។</translation>
    </message>
    <message>
        <source>Choose female or male.</source>
        <translation>សូមជ្រើសរើស ស្រី ឬប្រុស។</translation>
    </message>
    <message>
        <source>Choose the village the member lives in.</source>
        <translation>សូមជ្រើសរើសភូមិដែលសមាជិករស់នៅ។</translation>
    </message>
    <message>
        <source>Write the date the member joined.</source>
        <translation>សូមសរសេរថ្ងៃដែលសមាជិកបានចូលជាសមាជិក។</translation>
    </message>
    <message>
        <source>This date is in the future. Write the day the member joined.</source>
        <translation>កាលបរិច្ឆេទនេះស្ថិតនៅពេលអនាគត។ សូមសរសេរថ្ងៃដែលសមាជិកបានចូលជាសមាជិក។</translation>
    </message>
    <message>
        <source>This date is too long ago. Check the year.</source>
        <translation>កាលបរិច្ឆេទនេះយូរពេកហើយ។ សូមពិនិត្យឆ្នាំ។</translation>
    </message>
    <message>
        <source>The phone number should have 9 or 10 digits, for example 012 345 678.</source>
        <translation>លេខទូរស័ព្ទគួរមាន 9 ឬ 10 ខ្ទង់ ឧទាហរណ៍ 012 345 678។</translation>
    </message>
    <message>
        <source>Write the number of the national ID card as printed on it: digits (and letters), at most {limit}.</source>
        <translation>សូមសរសេរលេខអត្តសញ្ញាណប័ណ្ណសញ្ជាតិខ្មែរ ដូចដែលបានបោះពុម្ពនៅលើប័ណ្ណ៖ លេខ (និងអក្សរ) យ៉ាងច្រើន {limit} តួ។</translation>
    </message>
    <message>
        <source>Choose the IDPoor status from the list.</source>
        <translation>សូមជ្រើសរើសស្ថានភាពប័ណ្ណសមធម៌ (IDPoor) ពីបញ្ជី។</translation>
    </message>
    <message>
        <source>The notes are too long: at most {limit} letters.</source>
        <translation>កំណត់សម្គាល់វែងពេក៖ យ៉ាងច្រើន {limit} តួអក្សរ។</translation>
    </message>
    <message>
        <source>The date of birth is in the future. Check the year.</source>
        <translation>ថ្ងៃខែឆ្នាំកំណើតស្ថិតនៅពេលអនាគត។ សូមពិនិត្យឆ្នាំ។</translation>
    </message>
    <message>
        <source>The year of birth is too long ago. Check the year.</source>
        <translation>ឆ្នាំកំណើតយូរពេកហើយ។ សូមពិនិត្យឆ្នាំ។</translation>
    </message>
    <message>
        <source>The member cannot have joined before being born. Check both dates.</source>
        <translation>សមាជិកមិនអាចចូលជាសមាជិកមុនពេលកើតបានទេ។ សូមពិនិត្យកាលបរិច្ឆេទទាំងពីរ។</translation>
    </message>
    <message>
        <source>Choose the new status from the list.</source>
        <translation>សូមជ្រើសរើសស្ថានភាពថ្មីពីបញ្ជី។</translation>
    </message>
    <message>
        <source>The member has this status already.</source>
        <translation>សមាជិកនេះមានស្ថានភាពនេះរួចហើយ។</translation>
    </message>
    <message>
        <source>This date is in the future. Record a change on or after the day it happened.</source>
        <translation>កាលបរិច្ឆេទនេះស្ថិតនៅពេលអនាគត។ សូមកត់ត្រាការផ្លាស់ប្ដូរនៅថ្ងៃដែលវាបានកើតឡើង ឬក្រោយថ្ងៃនោះ។</translation>
    </message>
    <message>
        <source>This date is before the member joined.</source>
        <translation>កាលបរិច្ឆេទនេះ នៅមុនថ្ងៃដែលសមាជិកបានចូលជាសមាជិក។</translation>
    </message>
    <message>
        <source>This date is before the member&apos;s last change of status ({day}). Changes are recorded in the order they happened.</source>
        <translation>កាលបរិច្ឆេទនេះ នៅមុនការប្ដូរស្ថានភាពចុងក្រោយរបស់សមាជិក ({day})។ ការផ្លាស់ប្ដូរត្រូវកត់ត្រាតាមលំដាប់ដែលវាបានកើតឡើង។</translation>
    </message>
    <message>
        <source>Write why the member left, for example &quot;moved to Phnom Penh&quot;.</source>
        <translation>សូមសរសេរមូលហេតុដែលសមាជិកចាកចេញ ឧទាហរណ៍ «ផ្លាស់ទៅភ្នំពេញ»។</translation>
    </message>
    <message>
        <source>This member was recorded as deceased. If that was a mistake, write so as the reason.</source>
        <translation>សមាជិកនេះត្រូវបានកត់ត្រាថាបានទទួលមរណភាព។ ប្រសិនបើនោះជាកំហុស សូមសរសេរបញ្ជាក់ដូច្នេះជាមូលហេតុ។</translation>
    </message>
    <message>
        <source>The reason is too long: at most {limit} letters.</source>
        <translation>មូលហេតុវែងពេក៖ យ៉ាងច្រើន {limit} តួអក្សរ។</translation>
    </message>
    <message>
        <source>Choose the position from the list.</source>
        <translation>សូមជ្រើសរើសតួនាទីពីបញ្ជី។</translation>
    </message>
    <message>
        <source>Write the name of this role, for example &quot;Advisor&quot;.</source>
        <translation>សូមសរសេរឈ្មោះតួនាទីនេះ ឧទាហរណ៍ «ទីប្រឹក្សា»។</translation>
    </message>
    <message>
        <source>Choose the member who holds the position.</source>
        <translation>សូមជ្រើសរើសសមាជិកដែលកាន់តួនាទីនេះ។</translation>
    </message>
    <message>
        <source>Write the day the term started.</source>
        <translation>សូមសរសេរថ្ងៃដែលអាណត្តិបានចាប់ផ្ដើម។</translation>
    </message>
    <message>
        <source>This date is in the future. Record a term once it has started.</source>
        <translation>កាលបរិច្ឆេទនេះស្ថិតនៅពេលអនាគត។ សូមកត់ត្រាអាណត្តិ នៅពេលអាណត្តិនោះបានចាប់ផ្ដើមហើយ។</translation>
    </message>
    <message>
        <source>A term cannot end before it starts.</source>
        <translation>អាណត្តិមិនអាចបញ្ចប់មុនពេលចាប់ផ្ដើមបានទេ។</translation>
    </message>
    <message>
        <source>The fee must be more than zero.</source>
        <translation>ភាគទានសមាជិកត្រូវតែធំជាងសូន្យ។</translation>
    </message>
    <message>
        <source>Choose the period the fee is for: month, quarter or year.</source>
        <translation>សូមជ្រើសរើសរយៈពេលនៃភាគទានសមាជិក៖ ខែ ត្រីមាស ឬឆ្នាំ។</translation>
    </message>
    <message>
        <source>Write the day from which this fee applies.</source>
        <translation>សូមសរសេរថ្ងៃដែលភាគទានសមាជិកនេះចាប់ផ្ដើមអនុវត្ត។</translation>
    </message>
    <message>
        <source>This e-mail address is not complete, for example name@example.org.</source>
        <translation>អាសយដ្ឋានអ៊ីមែលនេះមិនពេញលេញទេ ឧទាហរណ៍ name@example.org។</translation>
    </message>
    <message>
        <source>The logo picture is too large; choose a smaller picture.</source>
        <translation>រូបភាពស្លាកសញ្ញាធំពេក។ សូមជ្រើសរើសរូបភាពតូចជាងនេះ។</translation>
    </message>
    <message>
        <source>CBO Desk</source>
        <translation>CBO Desk</translation>
    </message>
    <message>
        <source>Changed on another computer</source>
        <translation>បានកែប្រែនៅលើកុំព្យូទ័រផ្សេង</translation>
    </message>
    <message>
        <source>Saved by %1 on %2.</source>
        <translation>បានរក្សាទុកដោយ %1 នៅថ្ងៃ %2។</translation>
    </message>
    <message>
        <source>Saved by %1.</source>
        <translation>បានរក្សាទុកដោយ %1។</translation>
    </message>
    <message>
        <source>Reload shows what was saved; what you typed is dropped. Keep my changes leaves what you typed in the form, not saved, so that you can copy it, reload, and paste back what still applies.</source>
        <translation>«ផ្ទុកឡើងវិញ» បង្ហាញអ្វីដែលបានរក្សាទុក ហើយអ្វីដែលអ្នកបានវាយនឹងត្រូវបោះបង់។ «រក្សាការផ្លាស់ប្ដូររបស់ខ្ញុំ» ទុកអ្វីដែលអ្នកបានវាយនៅក្នុងទម្រង់ ដោយមិនរក្សាទុក ដើម្បីឱ្យអ្នកអាចចម្លងវា ផ្ទុកឡើងវិញ ហើយបិទភ្ជាប់មកវិញនូវអ្វីដែលនៅតែប្រើបាន។</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>ផ្ទុកឡើងវិញ</translation>
    </message>
    <message>
        <source>Keep my changes to copy</source>
        <translation>រក្សាការផ្លាស់ប្ដូររបស់ខ្ញុំ ដើម្បីចម្លង</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>ចំនួនទឹកប្រាក់ត្រូវតែធំជាងសូន្យ។</translation>
    </message>
    <message>
        <source>This date is in the future. Record money on the day it moved.</source>
        <translation>កាលបរិច្ឆេទនេះស្ថិតនៅពេលអនាគត។ សូមកត់ត្រាប្រាក់នៅថ្ងៃដែលប្រាក់បានចូល ឬចេញ។</translation>
    </message>
    <message>
        <source>This date is before the account was opened.</source>
        <translation>កាលបរិច្ឆេទនេះ នៅមុនថ្ងៃបើកគណនី។</translation>
    </message>
    <message>
        <source>This account is closed.</source>
        <translation>គណនីនេះត្រូវបានបិទហើយ។</translation>
    </message>
    <message>
        <source>This month is closed for this account: its cash was counted and signed. Record the money with today&apos;s date and explain it in the description.</source>
        <translation>ខែនេះត្រូវបានបិទបញ្ជីហើយ សម្រាប់គណនីនេះ៖ សាច់ប្រាក់របស់វាត្រូវបានរាប់ និងចុះហត្ថលេខារួចហើយ។ សូមកត់ត្រាប្រាក់នេះ ដោយប្រើកាលបរិច្ឆេទថ្ងៃនេះ ហើយពន្យល់វានៅក្នុងការពិពណ៌នា។</translation>
    </message>
    <message>
        <source>You entered this payment yourself: another committee member must decide on it.</source>
        <translation>អ្នកបានបញ្ចូលការចំណាយនេះដោយខ្លួនឯង៖ សមាជិកគណៈកម្មការម្នាក់ផ្សេងទៀតត្រូវតែសម្រេចលើវា។</translation>
    </message>
    <message>
        <source>This payment was made to you: another committee member must decide on it.</source>
        <translation>ការចំណាយនេះត្រូវបានបង់ឱ្យអ្នក៖ សមាជិកគណៈកម្មការម្នាក់ផ្សេងទៀតត្រូវតែសម្រេចលើវា។</translation>
    </message>
    <message>
        <source>This payment is within the limit of the financial policy: it needs no approval.</source>
        <translation>ការចំណាយនេះមិនលើសពីដែនកំណត់នៃគោលនយោបាយហិរញ្ញវត្ថុទេ៖ វាមិនត្រូវការការអនុម័តទេ។</translation>
    </message>
    <message>
        <source>This payment does not exist.</source>
        <translation>ការចំណាយនេះមិនមានទេ។</translation>
    </message>
    <message>
        <source>Choose to approve or to reject the payment.</source>
        <translation>សូមជ្រើសរើស អនុម័ត ឬបដិសេធការចំណាយនេះ។</translation>
    </message>
    <message>
        <source>{who} has decided on this payment already.</source>
        <translation>{who} បានសម្រេចលើការចំណាយនេះរួចហើយ។</translation>
    </message>
    <message>
        <source>This payment was reversed: there is nothing left to decide.</source>
        <translation>ការចំណាយនេះត្រូវបានបញ្ច្រាសហើយ៖ គ្មានអ្វីត្រូវសម្រេចទៀតទេ។</translation>
    </message>
    <message>
        <source>Write why the payment is rejected, so the treasurer knows what to correct.</source>
        <translation>សូមសរសេរមូលហេតុដែលបដិសេធការចំណាយនេះ ដើម្បីឱ្យហិរញ្ញិកដឹងថាត្រូវកែតម្រូវអ្វី។</translation>
    </message>
    <message>
        <source>Type the limit in {currency}.</source>
        <translation>សូមវាយដែនកំណត់ជា {currency}។</translation>
    </message>
    <message>
        <source>The limit cannot be less than zero.</source>
        <translation>ដែនកំណត់មិនអាចតិចជាងសូន្យបានទេ។</translation>
    </message>
    <message>
        <source>Give the account a name, for example &quot;Cash – riel&quot;.</source>
        <translation>សូមដាក់ឈ្មោះឱ្យគណនី ឧទាហរណ៍ «សាច់ប្រាក់ – រៀល»។</translation>
    </message>
    <message>
        <source>Choose the kind of account: cash box, bank or mobile money.</source>
        <translation>សូមជ្រើសរើសប្រភេទគណនី៖ ប្រអប់សាច់ប្រាក់ ធនាគារ ឬប្រាក់តាមទូរស័ព្ទ។</translation>
    </message>
    <message>
        <source>The opening balance must be in the account&apos;s currency.</source>
        <translation>សមតុល្យដើមគ្រាត្រូវតែជារូបិយប័ណ្ណរបស់គណនី។</translation>
    </message>
    <message>
        <source>The opening balance cannot be less than zero.</source>
        <translation>សមតុល្យដើមគ្រាមិនអាចតិចជាងសូន្យបានទេ។</translation>
    </message>
    <message>
        <source>Another account already has this name.</source>
        <translation>មានគណនីផ្សេងទៀតប្រើឈ្មោះនេះរួចហើយ។</translation>
    </message>
    <message>
        <source>An account can be closed only when its balance is zero. Move the money to another account first (a transfer).</source>
        <translation>គណនីអាចបិទបាន លុះត្រាតែសមតុល្យរបស់វាស្មើសូន្យ។ សូមផ្ទេរប្រាក់ទៅគណនីផ្សេងជាមុនសិន (ការផ្ទេរប្រាក់)។</translation>
    </message>
    <message>
        <source>Choose income or expense.</source>
        <translation>សូមជ្រើសរើស ចំណូល ឬចំណាយ។</translation>
    </message>
    <message>
        <source>Give the category a name in English or in Khmer.</source>
        <translation>សូមដាក់ឈ្មោះឱ្យចំណាត់ថ្នាក់ ជាភាសាអង់គ្លេស ឬភាសាខ្មែរ។</translation>
    </message>
    <message>
        <source>Give the fund a name, for example the grant&apos;s title.</source>
        <translation>សូមដាក់ឈ្មោះឱ្យមូលនិធិ ឧទាហរណ៍ ចំណងជើងនៃថវិកាជំនួយ។</translation>
    </message>
    <message>
        <source>Choose receipt or payment.</source>
        <translation>សូមជ្រើសរើស បង្កាន់ដៃទទួលប្រាក់ ឬការចំណាយ។</translation>
    </message>
    <message>
        <source>Choose the account the money went into or out of.</source>
        <translation>សូមជ្រើសរើសគណនីដែលប្រាក់បានចូល ឬចេញ។</translation>
    </message>
    <message>
        <source>The amount must be in the account&apos;s currency ({currency}).</source>
        <translation>ចំនួនទឹកប្រាក់ត្រូវតែជារូបិយប័ណ្ណរបស់គណនី ({currency})។</translation>
    </message>
    <message>
        <source>Choose the activity from the list.</source>
        <translation>សូមជ្រើសរើសសកម្មភាពពីបញ្ជី។</translation>
    </message>
    <message>
        <source>This activity was cancelled; money can no longer be recorded for it. Choose another activity, or none.</source>
        <translation>សកម្មភាពនេះត្រូវបានលុបចោលហើយ៖ មិនអាចកត់ត្រាប្រាក់សម្រាប់សកម្មភាពនេះទៀតបានទេ។ សូមជ្រើសរើសសកម្មភាពផ្សេង ឬមិនជ្រើសរើសសកម្មភាពណាមួយ។</translation>
    </message>
    <message>
        <source>A reversal cannot be dated before the entry it corrects.</source>
        <translation>ការបញ្ច្រាសមិនអាចមានកាលបរិច្ឆេទមុនប្រតិបត្តិការដែលវាកែតម្រូវបានទេ។</translation>
    </message>
    <message>
        <source>Choose the first day of the period.</source>
        <translation>សូមជ្រើសរើសថ្ងៃដំបូងនៃរយៈពេល។</translation>
    </message>
    <message>
        <source>Choose the last day of the period.</source>
        <translation>សូមជ្រើសរើសថ្ងៃចុងក្រោយនៃរយៈពេល។</translation>
    </message>
    <message>
        <source>Choose the day.</source>
        <translation>សូមជ្រើសរើសថ្ងៃ។</translation>
    </message>
    <message>
        <source>Choose the account.</source>
        <translation>សូមជ្រើសរើសគណនី។</translation>
    </message>
    <message>
        <source>Choose the fund.</source>
        <translation>សូមជ្រើសរើសមូលនិធិ។</translation>
    </message>
    <message>
        <source>Choose the fiscal year.</source>
        <translation>សូមជ្រើសរើសឆ្នាំហិរញ្ញវត្ថុ។</translation>
    </message>
    <message>
        <source>Choose the monthly closing.</source>
        <translation>សូមជ្រើសរើសការបិទបញ្ជីប្រចាំខែ។</translation>
    </message>
    <message>
        <source>Choose the entry.</source>
        <translation>សូមជ្រើសរើសប្រតិបត្តិការ។</translation>
    </message>
    <message>
        <source>Give the date of the exchange rate.</source>
        <translation>សូមផ្ដល់កាលបរិច្ឆេទនៃអត្រាប្ដូរប្រាក់។</translation>
    </message>
    <message>
        <source>The period ends before it starts. Check both dates.</source>
        <translation>រយៈពេលបញ្ចប់មុនពេលចាប់ផ្ដើម។ សូមពិនិត្យកាលបរិច្ឆេទទាំងពីរ។</translation>
    </message>
    <message>
        <source>A budget cannot be less than zero.</source>
        <translation>ថវិកាមិនអាចតិចជាងសូន្យបានទេ។</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>សូមជ្រើសរើសចំណាត់ថ្នាក់មួយ។</translation>
    </message>
    <message>
        <source>This category is no longer used; choose another.</source>
        <translation>ចំណាត់ថ្នាក់នេះលែងប្រើហើយ។ សូមជ្រើសរើសចំណាត់ថ្នាក់ផ្សេង។</translation>
    </message>
    <message>
        <source>Choose an income category for a receipt and an expense category for a payment.</source>
        <translation>សូមជ្រើសរើសចំណាត់ថ្នាក់ចំណូល សម្រាប់បង្កាន់ដៃទទួលប្រាក់ និងចំណាត់ថ្នាក់ចំណាយ សម្រាប់ការចំណាយ។</translation>
    </message>
    <message>
        <source>The exchange rate must be more than zero.</source>
        <translation>អត្រាប្ដូរប្រាក់ត្រូវតែធំជាងសូន្យ។</translation>
    </message>
    <message>
        <source>Choose a fund from the list.</source>
        <translation>សូមជ្រើសរើសមូលនិធិពីបញ្ជី។</translation>
    </message>
    <message>
        <source>There is not that much money in this cash box. Check the amount, or record the money that came in first.</source>
        <translation>ប្រអប់សាច់ប្រាក់នេះមិនមានប្រាក់ច្រើនដល់ម្ល៉េះទេ។ សូមពិនិត្យចំនួនទឹកប្រាក់ ឬកត់ត្រាប្រាក់ដែលបានចូលជាមុនសិន។</translation>
    </message>
    <message>
        <source>Write who was paid: every payment needs a payee.</source>
        <translation>សូមសរសេរឈ្មោះអ្នកដែលបានទទួលប្រាក់៖ ការចំណាយនីមួយៗត្រូវមានអ្នកទទួលប្រាក់។</translation>
    </message>
    <message>
        <source>Choose the account the money leaves.</source>
        <translation>សូមជ្រើសរើសគណនីដែលប្រាក់ចេញ។</translation>
    </message>
    <message>
        <source>Choose the account the money goes to.</source>
        <translation>សូមជ្រើសរើសគណនីដែលប្រាក់ចូល។</translation>
    </message>
    <message>
        <source>Choose two different accounts.</source>
        <translation>សូមជ្រើសរើសគណនីពីរផ្សេងគ្នា។</translation>
    </message>
    <message>
        <source>The amount received must be in the currency of the account it goes to ({currency}).</source>
        <translation>ចំនួនទឹកប្រាក់ដែលទទួលបាន ត្រូវតែជារូបិយប័ណ្ណរបស់គណនីដែលប្រាក់ចូល ({currency})។</translation>
    </message>
    <message>
        <source>A transfer between accounts of one currency moves the same amount out and in.</source>
        <translation>ការផ្ទេរប្រាក់រវាងគណនីដែលមានរូបិយប័ណ្ណដូចគ្នា ត្រូវមានចំនួនទឹកប្រាក់ចេញ និងចូលស្មើគ្នា។</translation>
    </message>
    <message>
        <source>Give the exchange rate used (riel for one dollar).</source>
        <translation>សូមផ្ដល់អត្រាប្ដូរប្រាក់ដែលបានប្រើ (រៀល ក្នុងមួយដុល្លារ)។</translation>
    </message>
    <message>
        <source>This entry does not exist.</source>
        <translation>ប្រតិបត្តិការនេះមិនមានទេ។</translation>
    </message>
    <message>
        <source>Write why this entry is reversed; members and auditors will read it.</source>
        <translation>សូមសរសេរមូលហេតុដែលបញ្ច្រាសប្រតិបត្តិការនេះ។ សមាជិក និងសវនករនឹងអានមូលហេតុនេះ។</translation>
    </message>
    <message>
        <source>A reversal cannot be reversed. Record the money again as a new entry instead.</source>
        <translation>មិនអាចបញ្ច្រាសការបញ្ច្រាសបានទេ។ សូមកត់ត្រាប្រាក់នោះម្ដងទៀត ជាប្រតិបត្តិការថ្មីវិញ។</translation>
    </message>
    <message>
        <source>This entry was reversed already.</source>
        <translation>ប្រតិបត្តិការនេះត្រូវបានបញ្ច្រាសរួចហើយ។</translation>
    </message>
    <message>
        <source>This file is not a picture CBO Desk can read. Choose a JPEG or PNG photo.</source>
        <translation>ឯកសារនេះមិនមែនជារូបភាពដែល CBO Desk អាចអានបានទេ។ សូមជ្រើសរើសរូបថត JPEG ឬ PNG។</translation>
    </message>
    <message>
        <source>Type the rate as a number of riel for one dollar, for example 4,100.</source>
        <translation>សូមវាយអត្រាប្ដូរប្រាក់ ជាចំនួនរៀលក្នុងមួយដុល្លារ ឧទាហរណ៍ 4,100។</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook. Open it in Excel or LibreOffice, save it as “Excel workbook (.xlsx)”, and import that file.</source>
        <translation>{name} មិនមែនជាឯកសារ Excel ទេ។ សូមបើកវាក្នុង Excel ឬ LibreOffice រក្សាទុកវាជា «Excel workbook (.xlsx)» រួចនាំចូលឯកសារនោះ។</translation>
    </message>
    <message>
        <source>There is no file at {path}. It may have been moved, renamed or deleted.</source>
        <translation>គ្មានឯកសារនៅ {path} ទេ។ ឯកសារនោះប្រហែលជាត្រូវបានផ្លាស់ទី ប្ដូរឈ្មោះ ឬលុបចោល។</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Choose another place for the file.</source>
        <translation>ថត {folder} មិនមានទេ។ សូមជ្រើសរើសកន្លែងផ្សេងសម្រាប់ឯកសារនេះ។</translation>
    </message>
    <message>
        <source>This workbook has no sheet “Entries” and no sheet “Opening balances”. Start from the CBO Desk import template, copy your rows into it, and import that.</source>
        <translation>ឯកសារ Excel នេះគ្មានសន្លឹក «ចំណូលចំណាយ» (Entries) ហើយក៏គ្មានសន្លឹក «សមតុល្យដើមគ្រា» (Opening balances) ដែរ។ សូមចាប់ផ្ដើមពីគំរូនាំចូលរបស់ CBO Desk ចម្លងជួររបស់អ្នកចូលទៅក្នុងគំរូនោះ រួចនាំចូលឯកសារនោះ។</translation>
    </message>
    <message>
        <source>The column “{column}” is missing. The first row must hold the column names of the template.</source>
        <translation>ខ្វះជួរឈរ «{column}»។ ជួរទីមួយត្រូវតែមានឈ្មោះជួរឈរដូចក្នុងគំរូ។</translation>
    </message>
    <message>
        <source>“{column}” is not a column of the template. Give it the template&apos;s name, or delete the column.</source>
        <translation>«{column}» មិនមែនជាជួរឈររបស់គំរូទេ។ សូមដាក់ឈ្មោះវាដូចក្នុងគំរូ ឬលុបជួរឈរនោះចោល។</translation>
    </message>
    <message>
        <source>The column “{column}” is there twice. Keep one of them.</source>
        <translation>ជួរឈរ «{column}» មានពីរដង។ សូមទុកតែមួយ។</translation>
    </message>
    <message>
        <source>Write receipt (money came in) or payment (money went out).</source>
        <translation>សូមសរសេរ ចំណូល (ប្រាក់ចូល) ឬ ចំណាយ (ប្រាក់ចេញ)។</translation>
    </message>
    <message>
        <source>“{text}” is not a kind of entry. Write receipt (money came in) or payment (money went out).</source>
        <translation>«{text}» មិនមែនជាប្រភេទប្រតិបត្តិការទេ។ សូមសរសេរ ចំណូល (ប្រាក់ចូល) ឬ ចំណាយ (ប្រាក់ចេញ)។</translation>
    </message>
    <message>
        <source>Write the account the money went into or out of.</source>
        <translation>សូមសរសេរគណនីដែលប្រាក់បានចូល ឬចេញ។</translation>
    </message>
    <message>
        <source>There is no account named “{text}”. Use a name from the sheet “Lists”, or add the account on the sheet “Opening balances”.</source>
        <translation>គ្មានគណនីឈ្មោះ «{text}» ទេ។ សូមប្រើឈ្មោះពីសន្លឹក «បញ្ជី» (Lists) ឬបន្ថែមគណនីនេះនៅក្នុងសន្លឹក «សមតុល្យដើមគ្រា» (Opening balances)។</translation>
    </message>
    <message>
        <source>“{text}” is not a currency of the cash book. Write KHR (riel) or USD (dollars).</source>
        <translation>«{text}» មិនមែនជារូបិយប័ណ្ណរបស់សៀវភៅសាច់ប្រាក់ទេ។ សូមសរសេរ KHR (រៀល) ឬ USD (ដុល្លារ)។</translation>
    </message>
    <message>
        <source>The account “{account}” holds {account_currency}, but this row is in {currency}. Record dollars in a dollar account and riel in a riel account.</source>
        <translation>គណនី «{account}» ប្រើរូបិយប័ណ្ណ {account_currency} ប៉ុន្តែជួរនេះជា {currency}។ សូមកត់ត្រាប្រាក់ដុល្លារក្នុងគណនីដុល្លារ និងប្រាក់រៀលក្នុងគណនីរៀល។</translation>
    </message>
    <message>
        <source>Write the amount without a minus sign: the kind (receipt or payment) says whether money came in or went out.</source>
        <translation>សូមសរសេរចំនួនទឹកប្រាក់ ដោយគ្មានសញ្ញាដក៖ ប្រភេទ (ចំណូល ឬចំណាយ) បញ្ជាក់រួចហើយថា ប្រាក់ចូល ឬចេញ។</translation>
    </message>
    <message>
        <source>This cell does not hold an amount. Write a number, for example {example}.</source>
        <translation>ក្រឡានេះមិនមែនជាចំនួនទឹកប្រាក់ទេ។ សូមសរសេរលេខ ឧទាហរណ៍ {example}។</translation>
    </message>
    <message>
        <source>There is no category named “{text}”. Use a category from the sheet “Lists”.</source>
        <translation>គ្មានចំណាត់ថ្នាក់ឈ្មោះ «{text}» ទេ។ សូមប្រើចំណាត់ថ្នាក់ពីសន្លឹក «បញ្ជី» (Lists)។</translation>
    </message>
    <message>
        <source>“{text}” is an {category_kind} category. Choose an income category for a receipt and an expense category for a payment.</source>
        <translation>«{text}» ជាចំណាត់ថ្នាក់ប្រភេទ {category_kind}។ សូមជ្រើសរើសចំណាត់ថ្នាក់ចំណូល សម្រាប់ចំណូល និងចំណាត់ថ្នាក់ចំណាយ សម្រាប់ចំណាយ។</translation>
    </message>
    <message>
        <source>There is no fund named “{text}”. Use a fund from the sheet “Lists”, or leave the cell empty.</source>
        <translation>គ្មានមូលនិធិឈ្មោះ «{text}» ទេ។ សូមប្រើមូលនិធិពីសន្លឹក «បញ្ជី» (Lists) ឬទុកក្រឡានេះឱ្យនៅទទេ។</translation>
    </message>
    <message>
        <source>Write the name of the account, for example “Cash – riel”.</source>
        <translation>សូមសរសេរឈ្មោះគណនី ឧទាហរណ៍ «Cash – riel»។</translation>
    </message>
    <message>
        <source>The account “{text}” is on this sheet twice (also in row {other_row}). Keep one row per account.</source>
        <translation>គណនី «{text}» មានពីរដងនៅលើសន្លឹកនេះ (មាននៅជួរទី {other_row} ផងដែរ)។ សូមទុកតែមួយជួរ សម្រាប់គណនីនីមួយៗ។</translation>
    </message>
    <message>
        <source>“{text}” is not a kind of account. Write cash box, bank or mobile money.</source>
        <translation>«{text}» មិនមែនជាប្រភេទគណនីទេ។ សូមសរសេរ ប្រអប់សាច់ប្រាក់ ធនាគារ ឬប្រាក់តាមទូរស័ព្ទ។</translation>
    </message>
    <message>
        <source>Write the kind of account: cash box, bank or mobile money.</source>
        <translation>សូមសរសេរប្រភេទគណនី៖ ប្រអប់សាច់ប្រាក់ ធនាគារ ឬប្រាក់តាមទូរស័ព្ទ។</translation>
    </message>
    <message>
        <source>Write the account&apos;s currency: KHR (riel) or USD (dollars).</source>
        <translation>សូមសរសេររូបិយប័ណ្ណរបស់គណនី៖ KHR (រៀល) ឬ USD (ដុល្លារ)។</translation>
    </message>
    <message>
        <source>Write the date of the opening balance: the day the book starts from.</source>
        <translation>សូមសរសេរកាលបរិច្ឆេទនៃសមតុល្យដើមគ្រា៖ ថ្ងៃដែលសៀវភៅចាប់ផ្ដើម។</translation>
    </message>
    <message>
        <source>The account “{account}” exists already as a {existing}. Write {existing}, or give the new account another name.</source>
        <translation>គណនី «{account}» មានរួចហើយ ជាប្រភេទ {existing}។ សូមសរសេរ {existing} ឬដាក់ឈ្មោះផ្សេងឱ្យគណនីថ្មី។</translation>
    </message>
    <message>
        <source>The account “{account}” exists already and holds {existing}. Write {existing}, or give the new account another name.</source>
        <translation>គណនី «{account}» មានរួចហើយ ហើយប្រើរូបិយប័ណ្ណ {existing}។ សូមសរសេរ {existing} ឬដាក់ឈ្មោះផ្សេងឱ្យគណនីថ្មី។</translation>
    </message>
    <message>
        <source>The account “{account}” has entries or closed months already, so its opening balance stays {amount} on {day}. Write that, or leave this row out.</source>
        <translation>គណនី «{account}» មានប្រតិបត្តិការ ឬខែដែលបានបិទបញ្ជីរួចហើយ ដូច្នេះសមតុល្យដើមគ្រារបស់វានៅតែជា {amount} នៅថ្ងៃ {day}។ សូមសរសេរដូច្នោះ ឬដកជួរនេះចេញ។</translation>
    </message>
    <message>
        <source>This cell does not hold a date. Write it as 2026-03-14 or 14/03/2026.</source>
        <translation>ក្រឡានេះមិនមែនជាកាលបរិច្ឆេទទេ។ សូមសរសេរជា 2026-03-14 ឬ 14/03/2026។</translation>
    </message>
    <message>
        <source>This cell holds a formula whose result was never saved. Open the file in Excel or LibreOffice, save it, and import it again.</source>
        <translation>ក្រឡានេះមានរូបមន្ត ដែលលទ្ធផលរបស់វាមិនដែលត្រូវបានរក្សាទុក។ សូមបើកឯកសារក្នុង Excel ឬ LibreOffice រក្សាទុកវា រួចនាំចូលម្ដងទៀត។</translation>
    </message>
    <message>
        <source>{sheet}, row {row}, {column}: {problem}</source>
        <translation>សន្លឹក {sheet} ជួរទី {row} ជួរឈរ {column}៖ {problem}</translation>
    </message>
    <message>
        <source>{sheet}, row {row}: {problem}</source>
        <translation>សន្លឹក {sheet} ជួរទី {row}៖ {problem}</translation>
    </message>
    <message>
        <source>{sheet}: {problem}</source>
        <translation>សន្លឹក {sheet}៖ {problem}</translation>
    </message>
    <message>
        <source>Nothing was imported. Correct these problems in the file, then import it again:</source>
        <translation>គ្មានអ្វីត្រូវបាននាំចូលទេ។ សូមកែបញ្ហាទាំងនេះក្នុងឯកសារ រួចនាំចូលម្ដងទៀត៖</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… និង {count} ទៀត។</translation>
    </message>
    <message>
        <source>Choose a month and a year.</source>
        <translation>សូមជ្រើសរើសខែ និងឆ្នាំ។</translation>
    </message>
    <message>
        <source>This account was opened after {month}: choose a later month.</source>
        <translation>គណនីនេះត្រូវបានបើកក្រោយខែ {month}៖ សូមជ្រើសរើសខែក្រោយនោះ។</translation>
    </message>
    <message>
        <source>This account was closed before {month}.</source>
        <translation>គណនីនេះត្រូវបានបិទមុនខែ {month}។</translation>
    </message>
    <message>
        <source>{month} is closed already for this account.</source>
        <translation>ខែ {month} ត្រូវបានបិទបញ្ជីរួចហើយ សម្រាប់គណនីនេះ។</translation>
    </message>
    <message>
        <source>{month} has not ended yet: count the cash at the end of the month, and close it from {day} on.</source>
        <translation>ខែ {month} មិនទាន់ចប់នៅឡើយទេ៖ សូមរាប់សាច់ប្រាក់នៅចុងខែ ហើយបិទបញ្ជីចាប់ពីថ្ងៃ {day} តទៅ។</translation>
    </message>
    <message>
        <source>Months are closed in order, and {newest} is closed already for this account.</source>
        <translation>ខែត្រូវបិទបញ្ជីតាមលំដាប់ ហើយខែ {newest} ត្រូវបានបិទបញ្ជីរួចហើយ សម្រាប់គណនីនេះ។</translation>
    </message>
    <message>
        <source>Close {earlier} first: months are closed in order, and that month has entries.</source>
        <translation>សូមបិទបញ្ជីខែ {earlier} ជាមុនសិន៖ ខែត្រូវបិទបញ្ជីតាមលំដាប់ ហើយខែនោះមានប្រតិបត្តិការ។</translation>
    </message>
    <message>
        <source>Write the name of the person who counted the money.</source>
        <translation>សូមសរសេរឈ្មោះអ្នកដែលបានរាប់សាច់ប្រាក់។</translation>
    </message>
    <message>
        <source>Write the name of the person who checked the count: two people count and both sign.</source>
        <translation>សូមសរសេរឈ្មោះអ្នកដែលបានពិនិត្យការរាប់៖ មនុស្សពីរនាក់រាប់ ហើយទាំងពីរនាក់ចុះហត្ថលេខា។</translation>
    </message>
    <message>
        <source>The count must be checked by a second person, not by the one who counted.</source>
        <translation>ការរាប់ត្រូវតែពិនិត្យដោយមនុស្សម្នាក់ទៀត មិនមែនដោយអ្នកដែលបានរាប់ទេ។</translation>
    </message>
    <message>
        <source>A cash box is counted note by note; a statement balance is for a bank or mobile-money account.</source>
        <translation>ប្រអប់សាច់ប្រាក់ត្រូវរាប់តាមក្រដាសប្រាក់នីមួយៗ។ សមតុល្យលើរបាយការណ៍គណនី គឺសម្រាប់គណនីធនាគារ ឬគណនីប្រាក់តាមទូរស័ព្ទ។</translation>
    </message>
    <message>
        <source>{value} is not a note or coin of {currency}.</source>
        <translation>{value} មិនមែនជាក្រដាសប្រាក់ ឬកាក់របស់ {currency} ទេ។</translation>
    </message>
    <message>
        <source>Count each note with a whole number, zero or more.</source>
        <translation>សូមរាប់ក្រដាសប្រាក់នីមួយៗជាចំនួនគត់ ចាប់ពីសូន្យឡើងទៅ។</translation>
    </message>
    <message>
        <source>A bank or mobile-money account is checked against its statement, not counted in notes.</source>
        <translation>គណនីធនាគារ ឬគណនីប្រាក់តាមទូរស័ព្ទ ត្រូវពិនិត្យធៀបនឹងរបាយការណ៍គណនីរបស់វា មិនមែនរាប់ជាក្រដាសប្រាក់ទេ។</translation>
    </message>
    <message>
        <source>Type the balance shown on the statement for the last day of the month.</source>
        <translation>សូមវាយសមតុល្យដែលបង្ហាញលើរបាយការណ៍គណនី សម្រាប់ថ្ងៃចុងក្រោយនៃខែ។</translation>
    </message>
    <message>
        <source>The count differs from the book. Write what explains the difference, for example a payment not recorded yet; both signers should agree with it.</source>
        <translation>ចំនួនដែលបានរាប់ ខុសពីសៀវភៅ។ សូមសរសេរពន្យល់ពីភាពខុសគ្នានេះ ឧទាហរណ៍ ការចំណាយដែលមិនទាន់បានកត់ត្រា។ អ្នកចុះហត្ថលេខាទាំងពីរនាក់គួរតែយល់ព្រមនឹងការពន្យល់នេះ។</translation>
    </message>
    <message>
        <source>This account does not exist.</source>
        <translation>គណនីនេះមិនមានទេ។</translation>
    </message>
    <message>
        <source>The file {path} could not be written: it is open in another program (close it in Excel or the PDF reader), or the folder may not be changed. Close it, or choose another place, then try again.</source>
        <translation>មិនអាចសរសេរឯកសារ {path} បានទេ៖ ឯកសារនេះកំពុងបើកនៅក្នុងកម្មវិធីផ្សេង (សូមបិទវានៅក្នុង Excel ឬកម្មវិធីអាន PDF) ឬថតនោះមិនអនុញ្ញាតឱ្យកែប្រែ។ សូមបិទឯកសារនោះ ឬជ្រើសរើសកន្លែងផ្សេង រួចព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
        <source>Vouchers cannot be printed yet: this CBO Desk has no voucher report.</source>
        <translation>មិនទាន់អាចបោះពុម្ពប័ណ្ណបានទេ៖ CBO Desk នេះមិនមានរបាយការណ៍ប័ណ្ណទេ។</translation>
    </message>
    <message>
        <source>Choose the member from the list.</source>
        <translation>សូមជ្រើសរើសសមាជិកពីបញ្ជី។</translation>
    </message>
    <message>
        <source>Give the village a name in Khmer, in English, or both.</source>
        <translation>សូមដាក់ឈ្មោះឱ្យភូមិ ជាភាសាខ្មែរ ភាសាអង់គ្លេស ឬទាំងពីរ។</translation>
    </message>
    <message>
        <source>Write this name in Khmer script.</source>
        <translation>សូមសរសេរឈ្មោះនេះជាអក្សរខ្មែរ។</translation>
    </message>
    <message>
        <source>This village is in the list already.</source>
        <translation>ភូមិនេះមាននៅក្នុងបញ្ជីរួចហើយ។</translation>
    </message>
    <message>
        <source>This village is not in the list any more.</source>
        <translation>ភូមិនេះលែងមាននៅក្នុងបញ្ជីទៀតហើយ។</translation>
    </message>
    <message>
        <source>This member is not in the register.</source>
        <translation>សមាជិកនេះមិនមាននៅក្នុងបញ្ជីឈ្មោះសមាជិកទេ។</translation>
    </message>
    <message>
        <source>Member {number}, {name}, has the same name, year of birth and village. Is this the same person? If it is another person, save again to add them.</source>
        <translation>សមាជិកលេខ {number} {name} មានឈ្មោះ ឆ្នាំកំណើត និងភូមិដូចគ្នា។ តើនេះជាមនុស្សតែមួយឬ? ប្រសិនបើជាមនុស្សផ្សេង សូមរក្សាទុកម្ដងទៀត ដើម្បីបន្ថែមគាត់។</translation>
    </message>
    <message>
        <source>{who} changed this member after you opened them. Your changes were not saved; open the member again to see theirs, then make your changes again.</source>
        <translation>{who} បានកែប្រែព័ត៌មានសមាជិកនេះ បន្ទាប់ពីអ្នកបានបើកវា។ ការផ្លាស់ប្ដូររបស់អ្នកមិនត្រូវបានរក្សាទុកទេ។ សូមបើកព័ត៌មានសមាជិកនេះម្ដងទៀត ដើម្បីមើលការផ្លាស់ប្ដូររបស់គាត់ រួចធ្វើការផ្លាស់ប្ដូររបស់អ្នកម្ដងទៀត។</translation>
    </message>
    <message>
        <source>Choose the village from the list.</source>
        <translation>សូមជ្រើសរើសភូមិពីបញ្ជី។</translation>
    </message>
    <message>
        <source>The member&apos;s status changed on {day}: the join date cannot be later.</source>
        <translation>ស្ថានភាពរបស់សមាជិកបានប្ដូរនៅថ្ងៃ {day}៖ ថ្ងៃចូលជាសមាជិកមិនអាចនៅក្រោយថ្ងៃនោះបានទេ។</translation>
    </message>
    <message>
        <source>The member was on the committee from {day}: the join date cannot be later.</source>
        <translation>សមាជិកនេះបាននៅក្នុងគណៈកម្មការចាប់ពីថ្ងៃ {day}៖ ថ្ងៃចូលជាសមាជិកមិនអាចនៅក្រោយថ្ងៃនោះបានទេ។</translation>
    </message>
    <message>
        <source>The photo is too large; choose a smaller picture.</source>
        <translation>រូបថតធំពេក។ សូមជ្រើសរើសរូបភាពតូចជាងនេះ។</translation>
    </message>
    <message>
        <source>Member number {number} is given already.</source>
        <translation>លេខសមាជិក {number} ត្រូវបានផ្ដល់ឱ្យរួចហើយ។</translation>
    </message>
    <message>
        <source>The member joined on {day}: a term cannot start before.</source>
        <translation>សមាជិកនេះបានចូលជាសមាជិកនៅថ្ងៃ {day}៖ អាណត្តិមិនអាចចាប់ផ្ដើមមុនថ្ងៃនោះបានទេ។</translation>
    </message>
    <message>
        <source>This member had left the CBO (or died) by that day.</source>
        <translation>នៅថ្ងៃនោះ សមាជិកនេះបានចាកចេញពីសហគមន៍ (ឬបានទទួលមរណភាព) រួចហើយ។</translation>
    </message>
    <message>
        <source>The member left the CBO (or died) on {day}: the term ends that day at the latest.</source>
        <translation>សមាជិកនេះបានចាកចេញពីសហគមន៍ (ឬបានទទួលមរណភាព) នៅថ្ងៃ {day}៖ អាណត្តិត្រូវបញ្ចប់យ៉ាងយឺតបំផុតនៅថ្ងៃនោះ។</translation>
    </message>
    <message>
        <source>This member holds this position already from {day}.</source>
        <translation>សមាជិកនេះកាន់តួនាទីនេះរួចហើយ ចាប់ពីថ្ងៃ {day}។</translation>
    </message>
    <message>
        <source>{name} holds this position from {day}. End that term first, or hand the position over.</source>
        <translation>{name} កាន់តួនាទីនេះចាប់ពីថ្ងៃ {day}។ សូមបញ្ចប់អាណត្តិនោះជាមុនសិន ឬប្រគល់តួនាទីនេះ។</translation>
    </message>
    <message>
        <source>This committee term is not recorded.</source>
        <translation>អាណត្តិគណៈកម្មការនេះមិនត្រូវបានកត់ត្រាទេ។</translation>
    </message>
    <message>
        <source>This term has ended already.</source>
        <translation>អាណត្តិនេះបានបញ្ចប់រួចហើយ។</translation>
    </message>
    <message>
        <source>This date is too far ahead. Check the year.</source>
        <translation>កាលបរិច្ឆេទនេះឆ្ងាយពេកនៅពេលអនាគត។ សូមពិនិត្យឆ្នាំ។</translation>
    </message>
    <message>
        <source>Choose an income category.</source>
        <translation>សូមជ្រើសរើសចំណាត់ថ្នាក់ចំណូលមួយ។</translation>
    </message>
    <message>
        <source>This workbook has no sheet “Members”. Start from the CBO Desk member template, copy your rows into it, and import that.</source>
        <translation>ឯកសារ Excel នេះគ្មានសន្លឹក «សមាជិក» (Members) ទេ។ សូមចាប់ផ្ដើមពីគំរូសមាជិករបស់ CBO Desk ចម្លងជួររបស់អ្នកចូលទៅក្នុងគំរូនោះ រួចនាំចូលឯកសារនោះ។</translation>
    </message>
    <message>
        <source>The sheet “Members” has no members: fill in one row per member under the column names.</source>
        <translation>សន្លឹក «សមាជិក» (Members) គ្មានសមាជិកទេ៖ សូមបំពេញមួយជួរសម្រាប់សមាជិកម្នាក់ៗ នៅក្រោមឈ្មោះជួរឈរ។</translation>
    </message>
    <message>
        <source>“{text}” is not a sex. Write female or male (F or M).</source>
        <translation>«{text}» មិនមែនជាភេទទេ។ សូមសរសេរ ស្រី ឬប្រុស (F ឬ M)។</translation>
    </message>
    <message>
        <source>Write the member&apos;s sex: female or male (F or M).</source>
        <translation>សូមសរសេរភេទរបស់សមាជិក៖ ស្រី ឬប្រុស (F ឬ M)។</translation>
    </message>
    <message>
        <source>Write the village the member lives in.</source>
        <translation>សូមសរសេរភូមិដែលសមាជិករស់នៅ។</translation>
    </message>
    <message>
        <source>There is no village “{text}” in this CBO&apos;s list. Use a village from the sheet “Lists”, or add the village in CBO Desk first.</source>
        <translation>គ្មានភូមិ «{text}» នៅក្នុងបញ្ជីរបស់សហគមន៍នេះទេ។ សូមប្រើភូមិពីសន្លឹក «បញ្ជី» (Lists) ឬបន្ថែមភូមិនេះនៅក្នុង CBO Desk ជាមុនសិន។</translation>
    </message>
    <message>
        <source>There is no village “{text}” in the commune “{commune}”. Use a village from the sheet “Lists”.</source>
        <translation>គ្មានភូមិ «{text}» នៅក្នុងឃុំ «{commune}» ទេ។ សូមប្រើភូមិពីសន្លឹក «បញ្ជី» (Lists)។</translation>
    </message>
    <message>
        <source>There are villages named “{text}” in several communes. Write the commune too.</source>
        <translation>មានភូមិឈ្មោះ «{text}» នៅក្នុងឃុំច្រើន។ សូមសរសេរឈ្មោះឃុំផងដែរ។</translation>
    </message>
    <message>
        <source>The village “{text}” is no longer used for new members.</source>
        <translation>ភូមិ «{text}» លែងប្រើសម្រាប់សមាជិកថ្មីទៀតហើយ។</translation>
    </message>
    <message>
        <source>This cell does not hold a date or a year of birth. Write a year (1985) or a date (14/03/1985).</source>
        <translation>ក្រឡានេះមិនមែនជាកាលបរិច្ឆេទ ឬឆ្នាំកំណើតទេ។ សូមសរសេរឆ្នាំ (1985) ឬកាលបរិច្ឆេទ (14/03/1985)។</translation>
    </message>
    <message>
        <source>A member number is a whole number above zero, for example 42.</source>
        <translation>លេខសមាជិក គឺជាចំនួនគត់ធំជាងសូន្យ ឧទាហរណ៍ 42។</translation>
    </message>
    <message>
        <source>Member number {number} is given already in this CBO. Leave the cell empty for CBO Desk to give the next number.</source>
        <translation>លេខសមាជិក {number} ត្រូវបានផ្ដល់ឱ្យរួចហើយនៅក្នុងសហគមន៍នេះ។ សូមទុកក្រឡានេះឱ្យនៅទទេ ដើម្បីឱ្យ CBO Desk ផ្ដល់លេខបន្ទាប់។</translation>
    </message>
    <message>
        <source>Member number {number} is also in row {other_row}. Each member has their own number.</source>
        <translation>លេខសមាជិក {number} មាននៅជួរទី {other_row} ផងដែរ។ សមាជិកម្នាក់ៗមានលេខផ្ទាល់ខ្លួន។</translation>
    </message>
    <message>
        <source>“{text}” is not a status. Write active, inactive, left or deceased.</source>
        <translation>«{text}» មិនមែនជាស្ថានភាពទេ។ សូមសរសេរ សកម្ម អសកម្ម ចាកចេញ ឬទទួលមរណភាព។</translation>
    </message>
    <message>
        <source>Write the day the status changed.</source>
        <translation>សូមសរសេរថ្ងៃដែលស្ថានភាពបានប្ដូរ។</translation>
    </message>
    <message>
        <source>Write the status that began on this day, or leave the day empty.</source>
        <translation>សូមសរសេរស្ថានភាពដែលបានចាប់ផ្ដើមនៅថ្ងៃនេះ ឬទុកថ្ងៃឱ្យនៅទទេ។</translation>
    </message>
    <message>
        <source>“{text}” is not an IDPoor status. Write level 1, level 2 or no, or leave it empty when not known.</source>
        <translation>«{text}» មិនមែនជាស្ថានភាពប័ណ្ណសមធម៌ (IDPoor) ទេ។ សូមសរសេរ កម្រិត១ កម្រិត២ ឬ ទេ ឬទុកឱ្យនៅទទេ បើមិនដឹង។</translation>
    </message>
    <message>
        <source>Write yes or no, or leave it empty when not known.</source>
        <translation>សូមសរសេរ បាទ/ចាស ឬ ទេ ឬទុកឱ្យនៅទទេ បើមិនដឹង។</translation>
    </message>
    <message>
        <source>This looks like member {number}, {name}, who is in the register already (same name, year of birth and village). If it is another person, import again and choose to import likely duplicates.</source>
        <translation>នេះហាក់ដូចជាសមាជិកលេខ {number} {name} ដែលមាននៅក្នុងបញ្ជីឈ្មោះសមាជិករួចហើយ (ឈ្មោះ ឆ្នាំកំណើត និងភូមិដូចគ្នា)។ ប្រសិនបើជាមនុស្សផ្សេង សូមនាំចូលម្ដងទៀត ហើយជ្រើសរើសនាំចូលសមាជិកដែលអាចស្ទួនគ្នា។</translation>
    </message>
    <message>
        <source>This looks like the member in row {other_row} (same name, year of birth and village). If it is another person, import again and choose to import likely duplicates.</source>
        <translation>នេះហាក់ដូចជាសមាជិកនៅជួរទី {other_row} (ឈ្មោះ ឆ្នាំកំណើត និងភូមិដូចគ្នា)។ ប្រសិនបើជាមនុស្សផ្សេង សូមនាំចូលម្ដងទៀត ហើយជ្រើសរើសនាំចូលសមាជិកដែលអាចស្ទួនគ្នា។</translation>
    </message>
    <message>
        <source>This cell holds a date or a number where text is expected.</source>
        <translation>ក្រឡានេះមានកាលបរិច្ឆេទ ឬលេខ នៅកន្លែងដែលត្រូវការអត្ថបទ។</translation>
    </message>
    <message>
        <source>This monthly closing does not exist.</source>
        <translation>ការបិទបញ្ជីប្រចាំខែនេះមិនមានទេ។</translation>
    </message>
    <message>
        <source>Write the quorum as a share of the active members, for example 1/2 (more than half), &gt;=2/3 (at least two thirds) or 60% (at least 60 per cent).</source>
        <translation>សូមសរសេរកូរ៉ុមជាចំណែកនៃសមាជិកសកម្ម ឧទាហរណ៍ 1/2 (លើសពីពាក់កណ្ដាល) &gt;=2/3 (យ៉ាងហោចណាស់ពីរភាគបី) ឬ 60% (យ៉ាងហោចណាស់ 60 ភាគរយ)។</translation>
    </message>
    <message>
        <source>Choose the kind of meeting.</source>
        <translation>សូមជ្រើសរើសប្រភេទកិច្ចប្រជុំ។</translation>
    </message>
    <message>
        <source>Give the meeting a title.</source>
        <translation>សូមដាក់ចំណងជើងឱ្យកិច្ចប្រជុំ។</translation>
    </message>
    <message>
        <source>Shorten the title to {n} characters or fewer.</source>
        <translation>សូមកាត់បន្ថយចំណងជើងឱ្យនៅត្រឹម {n} តួអក្សរ ឬតិចជាងនេះ។</translation>
    </message>
    <message>
        <source>Give the date of the meeting.</source>
        <translation>សូមផ្ដល់កាលបរិច្ឆេទនៃកិច្ចប្រជុំ។</translation>
    </message>
    <message>
        <source>Check the date of the meeting: {day} is too far from today.</source>
        <translation>សូមពិនិត្យកាលបរិច្ឆេទនៃកិច្ចប្រជុំ៖ {day} ឆ្ងាយពេកពីថ្ងៃនេះ។</translation>
    </message>
    <message>
        <source>Write the time as hours and minutes, for example 08:30 or 14:00.</source>
        <translation>សូមសរសេរពេលវេលាជាម៉ោង និងនាទី ឧទាហរណ៍ 08:30 ឬ 14:00។</translation>
    </message>
    <message>
        <source>The meeting must end after it starts.</source>
        <translation>កិច្ចប្រជុំត្រូវតែបញ្ចប់ក្រោយពេលចាប់ផ្ដើម។</translation>
    </message>
    <message>
        <source>Choose the language of the minutes.</source>
        <translation>សូមជ្រើសរើសភាសានៃកំណត់ហេតុប្រជុំ។</translation>
    </message>
    <message>
        <source>Shorten this to {n} characters or fewer.</source>
        <translation>សូមកាត់បន្ថយអត្ថបទនេះឱ្យនៅត្រឹម {n} តួអក្សរ ឬតិចជាងនេះ។</translation>
    </message>
    <message>
        <source>This text is too long ({n} characters at most).</source>
        <translation>អត្ថបទនេះវែងពេក (យ៉ាងច្រើន {n} តួអក្សរ)។</translation>
    </message>
    <message>
        <source>Mark the member present, absent or excused.</source>
        <translation>សូមសម្គាល់សមាជិកថា មានវត្តមាន អវត្តមាន ឬសុំច្បាប់។</translation>
    </message>
    <message>
        <source>A member is on the attendance list twice.</source>
        <translation>មានសមាជិកម្នាក់នៅក្នុងបញ្ជីវត្តមានពីរដង។</translation>
    </message>
    <message>
        <source>Give agenda item {n} a title.</source>
        <translation>សូមដាក់ចំណងជើងឱ្យចំណុចរបៀបវារៈទី {n}។</translation>
    </message>
    <message>
        <source>Give group {n} a name.</source>
        <translation>សូមដាក់ឈ្មោះឱ្យក្រុមទី {n}។</translation>
    </message>
    <message>
        <source>Write what decision {n} was.</source>
        <translation>សូមសរសេរខ្លឹមសារនៃសេចក្តីសម្រេចទី {n}។</translation>
    </message>
    <message>
        <source>Votes cannot be fewer than 0.</source>
        <translation>ចំនួនសំឡេងឆ្នោតមិនអាចតិចជាង 0 បានទេ។</translation>
    </message>
    <message>
        <source>Name the category of these participants (for example local NGOs).</source>
        <translation>សូមដាក់ឈ្មោះចំណាត់ថ្នាក់នៃអ្នកចូលរួមទាំងនេះ (ឧទាហរណ៍ អង្គការមិនមែនរដ្ឋាភិបាលក្នុងស្រុក)។</translation>
    </message>
    <message>
        <source>A number of participants cannot be fewer than 0.</source>
        <translation>ចំនួនអ្នកចូលរួមមិនអាចតិចជាង 0 បានទេ។</translation>
    </message>
    <message>
        <source>The total ({total}) cannot be smaller than women and men together ({sum}).</source>
        <translation>ចំនួនសរុប ({total}) មិនអាចតិចជាងចំនួនស្ត្រី និងបុរសរួមគ្នា ({sum}) បានទេ។</translation>
    </message>
    <message>
        <source>Write what action item {n} is.</source>
        <translation>សូមសរសេរខ្លឹមសារនៃការងារត្រូវធ្វើទី {n}។</translation>
    </message>
    <message>
        <source>Choose whether the action is open, done or dropped.</source>
        <translation>សូមជ្រើសរើសថា ការងារនេះនៅបើក រួចរាល់ ឬត្រូវបានបោះបង់។</translation>
    </message>
    <message>
        <source>An action cannot be due before the meeting that decided it ({day}).</source>
        <translation>កាលកំណត់នៃការងារមិនអាចនៅមុនកិច្ចប្រជុំដែលបានសម្រេចការងារនោះ ({day}) បានទេ។</translation>
    </message>
    <message>
        <source>Give the day the action was done.</source>
        <translation>សូមផ្ដល់ថ្ងៃដែលការងារនេះបានធ្វើរួច។</translation>
    </message>
    <message>
        <source>Only a done action has a day it was done.</source>
        <translation>មានតែការងារដែលបានធ្វើរួចប៉ុណ្ណោះ ទើបមានថ្ងៃធ្វើរួច។</translation>
    </message>
    <message>
        <source>The day the action was done cannot be in the future.</source>
        <translation>ថ្ងៃដែលការងារបានធ្វើរួច មិនអាចស្ថិតនៅពេលអនាគតបានទេ។</translation>
    </message>
    <message>
        <source>The action cannot be done before the meeting that decided it ({day}).</source>
        <translation>ការងារមិនអាចធ្វើរួចមុនកិច្ចប្រជុំដែលបានសម្រេចការងារនោះ ({day}) បានទេ។</translation>
    </message>
    <message>
        <source>A password needs at least {count} characters. A few words you remember easily make a good one.</source>
        <translation>ពាក្យសម្ងាត់ត្រូវមានយ៉ាងហោចណាស់ {count} តួអក្សរ។ ពាក្យពីរបីដែលអ្នកងាយចងចាំ អាចធ្វើជាពាក្យសម្ងាត់ល្អមួយ។</translation>
    </message>
    <message>
        <source>This password is too long.</source>
        <translation>ពាក្យសម្ងាត់នេះវែងពេក។</translation>
    </message>
    <message>
        <source>A password cannot be only spaces.</source>
        <translation>ពាក្យសម្ងាត់មិនអាចមានតែដកឃ្លាសុទ្ធបានទេ។</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the new password twice, the same way.</source>
        <translation>ពាក្យសម្ងាត់ទាំងពីរមិនដូចគ្នាទេ។ សូមវាយពាក្យសម្ងាត់ថ្មីពីរដង ឱ្យដូចគ្នា។</translation>
    </message>
    <message>
        <source>This text is too long: at most {limit} letters.</source>
        <translation>អត្ថបទនេះវែងពេក៖ យ៉ាងច្រើន {limit} តួអក្សរ។</translation>
    </message>
    <message>
        <source>Write the goal in Khmer, in English, or both.</source>
        <translation>សូមសរសេរគោលបំណងជាភាសាខ្មែរ ភាសាអង់គ្លេស ឬទាំងពីរ។</translation>
    </message>
    <message>
        <source>The code is too long: at most {limit} letters.</source>
        <translation>លេខកូដវែងពេក៖ យ៉ាងច្រើន {limit} តួអក្សរ។</translation>
    </message>
    <message>
        <source>Give the activity a short code, for example A1.</source>
        <translation>សូមដាក់លេខកូដខ្លីមួយឱ្យសកម្មភាព ឧទាហរណ៍ A1។</translation>
    </message>
    <message>
        <source>Write what the activity is, for example &quot;Training on home gardening&quot;.</source>
        <translation>សូមសរសេរថាសកម្មភាពនេះជាអ្វី ឧទាហរណ៍ «វគ្គបណ្ដុះបណ្ដាលស្ដីពីការដាំបន្លែនៅផ្ទះ»។</translation>
    </message>
    <message>
        <source>The title is too long: at most {limit} letters.</source>
        <translation>ចំណងជើងវែងពេក៖ យ៉ាងច្រើន {limit} តួអក្សរ។</translation>
    </message>
    <message>
        <source>Choose the guideline chapter (1 to 8) the activity serves.</source>
        <translation>សូមជ្រើសរើសជំពូកនៃគោលការណ៍ណែនាំ (1 ដល់ 8) ដែលសកម្មភាពនេះបម្រើ។</translation>
    </message>
    <message>
        <source>Choose the month the activity starts.</source>
        <translation>សូមជ្រើសរើសខែដែលសកម្មភាពចាប់ផ្ដើម។</translation>
    </message>
    <message>
        <source>The start month must be within the plan&apos;s fiscal year ({first} to {last}).</source>
        <translation>ខែចាប់ផ្ដើមត្រូវតែស្ថិតនៅក្នុងឆ្នាំហិរញ្ញវត្ថុនៃផែនការ ({first} ដល់ {last})។</translation>
    </message>
    <message>
        <source>Choose the month the activity ends.</source>
        <translation>សូមជ្រើសរើសខែដែលសកម្មភាពបញ្ចប់។</translation>
    </message>
    <message>
        <source>The end month must be within the plan&apos;s fiscal year ({first} to {last}).</source>
        <translation>ខែបញ្ចប់ត្រូវតែស្ថិតនៅក្នុងឆ្នាំហិរញ្ញវត្ថុនៃផែនការ ({first} ដល់ {last})។</translation>
    </message>
    <message>
        <source>The activity cannot end before it starts.</source>
        <translation>សកម្មភាពមិនអាចបញ្ចប់មុនពេលចាប់ផ្ដើមបានទេ។</translation>
    </message>
    <message>
        <source>The budget cannot be less than zero.</source>
        <translation>ថវិកាមិនអាចតិចជាងសូន្យបានទេ។</translation>
    </message>
    <message>
        <source>Choose the status from the list.</source>
        <translation>សូមជ្រើសរើសស្ថានភាពពីបញ្ជី។</translation>
    </message>
    <message>
        <source>The activity has this status already.</source>
        <translation>សកម្មភាពនេះមានស្ថានភាពនេះរួចហើយ។</translation>
    </message>
    <message>
        <source>Write why the activity is postponed or cancelled.</source>
        <translation>សូមសរសេរមូលហេតុដែលសកម្មភាពនេះត្រូវបានពន្យារពេល ឬលុបចោល។</translation>
    </message>
    <message>
        <source>Write what the indicator measures, for example &quot;Farmers trained&quot;.</source>
        <translation>សូមសរសេរថាសូចនាករនេះវាស់អ្វី ឧទាហរណ៍ «កសិករដែលបានទទួលការបណ្ដុះបណ្ដាល»។</translation>
    </message>
    <message>
        <source>The name is too long: at most {limit} letters.</source>
        <translation>ឈ្មោះវែងពេក៖ យ៉ាងច្រើន {limit} តួអក្សរ។</translation>
    </message>
    <message>
        <source>The unit is too long: at most {limit} letters.</source>
        <translation>ឯកតាវែងពេក៖ យ៉ាងច្រើន {limit} តួអក្សរ។</translation>
    </message>
    <message>
        <source>Choose how often the indicator is measured.</source>
        <translation>សូមជ្រើសរើសភាពញឹកញាប់នៃការវាស់សូចនាករនេះ។</translation>
    </message>
    <message>
        <source>Write a number.</source>
        <translation>សូមសរសេរលេខ។</translation>
    </message>
    <message>
        <source>The value cannot be less than zero.</source>
        <translation>តម្លៃមិនអាចតិចជាងសូន្យបានទេ។</translation>
    </message>
    <message>
        <source>This number is too large.</source>
        <translation>លេខនេះធំពេក។</translation>
    </message>
    <message>
        <source>Write the date of the monitoring visit.</source>
        <translation>សូមសរសេរកាលបរិច្ឆេទនៃការចុះតាមដាន។</translation>
    </message>
    <message>
        <source>This date is in the future. Record a visit once it has happened.</source>
        <translation>កាលបរិច្ឆេទនេះស្ថិតនៅពេលអនាគត។ សូមកត់ត្រាការចុះតាមដាន នៅពេលវាបានកើតឡើងហើយ។</translation>
    </message>
    <message>
        <source>A number of participants cannot be less than zero.</source>
        <translation>ចំនួនអ្នកចូលរួមមិនអាចតិចជាងសូន្យបានទេ។</translation>
    </message>
    <message>
        <source>Write a number of participants (0 or more), or leave it empty.</source>
        <translation>សូមសរសេរចំនួនអ្នកចូលរួម (0 ឬច្រើនជាងនេះ) ឬទុកឱ្យនៅទទេ។</translation>
    </message>
    <message>
        <source>This report cannot be made yet: this CBO Desk has no “{code}” report.</source>
        <translation>មិនទាន់អាចធ្វើរបាយការណ៍នេះបានទេ៖ CBO Desk នេះមិនមានរបាយការណ៍ «{code}» ទេ។</translation>
    </message>
    <message>
        <source>Write the number of votes (0 or more), or leave it empty.</source>
        <translation>សូមសរសេរចំនួនសំឡេងឆ្នោត (0 ឬច្រើនជាងនេះ) ឬទុកឱ្យនៅទទេ។</translation>
    </message>
    <message>
        <source>“{text}” is not a day: write it as day/month/year, for example 28/02/2026.</source>
        <translation>«{text}» មិនមែនជាកាលបរិច្ឆេទទេ៖ សូមសរសេរជា ថ្ងៃ/ខែ/ឆ្នាំ ឧទាហរណ៍ 28/02/2026។</translation>
    </message>
    <message>
        <source>Save the meeting first.</source>
        <translation>សូមរក្សាទុកកិច្ចប្រជុំជាមុនសិន។</translation>
    </message>
    <message>
        <source>The file {path} could not be read: {reason}</source>
        <translation>មិនអាចអានឯកសារ {path} បានទេ៖ {reason}</translation>
    </message>
    <message>
        <source>Choose the member from the list (type a name or a member number).</source>
        <translation>សូមជ្រើសរើសសមាជិកពីបញ្ជី (វាយឈ្មោះ ឬលេខសមាជិក)។</translation>
    </message>
    <message>
        <source>This report cannot be made yet: this CBO Desk does not have it.</source>
        <translation>មិនទាន់អាចធ្វើរបាយការណ៍នេះបានទេ៖ CBO Desk នេះមិនទាន់មានរបាយការណ៍នេះទេ។</translation>
    </message>
    <message>
        <source>This file is larger than 20 MB. Keep a smaller photo or a scan of the page.</source>
        <translation>ឯកសារនេះធំជាង 20 MB។ សូមរក្សាទុករូបថតដែលតូចជាងនេះ ឬរូបស្កេននៃទំព័រ។</translation>
    </message>
    <message>
        <source>Choose the meeting from the list.</source>
        <translation>សូមជ្រើសរើសកិច្ចប្រជុំពីបញ្ជី។</translation>
    </message>
    <message>
        <source>Choose an activity of the plan of that year.</source>
        <translation>សូមជ្រើសរើសសកម្មភាពមួយនៃផែនការរបស់ឆ្នាំនោះ។</translation>
    </message>
    <message>
        <source>The source and the target are the same place: {where}.</source>
        <translation>ប្រភព និងគោលដៅគឺជាកន្លែងតែមួយ៖ {where}។</translation>
    </message>
    <message>
        <source>There is already a file at {path}. Copying never overwrites a file: choose a new file name.</source>
        <translation>មានឯកសារនៅ {path} រួចហើយ។ ការចម្លងមិនដែលសរសេរជាន់លើឯកសារណាមួយទេ៖ សូមជ្រើសរើសឈ្មោះឯកសារថ្មី។</translation>
    </message>
    <message>
        <source>The database {where} already holds a CBO. Copying never overwrites a CBO: copy into a new, empty database.</source>
        <translation>មូលដ្ឋានទិន្នន័យ {where} មានសហគមន៍មួយរួចហើយ។ ការចម្លងមិនដែលសរសេរជាន់លើសហគមន៍ណាមួយទេ៖ សូមចម្លងទៅក្នុងមូលដ្ឋានទិន្នន័យថ្មីដែលនៅទទេ។</translation>
    </message>
    <message>
        <source>The database {where} already holds tables (of another program). Copy into a new, empty database (ask the administrator of the server).</source>
        <translation>មូលដ្ឋានទិន្នន័យ {where} មានតារាងរួចហើយ (របស់កម្មវិធីផ្សេង)។ សូមចម្លងទៅក្នុងមូលដ្ឋានទិន្នន័យថ្មីដែលនៅទទេ (សូមសួរអ្នកគ្រប់គ្រងម៉ាស៊ីនមេ)។</translation>
    </message>
    <message>
        <source>The copy of the table {table} has {target} rows instead of {source}. Nothing was written at {where}.</source>
        <translation>ច្បាប់ចម្លងនៃតារាង {table} មាន {target} ជួរ ជំនួសឱ្យ {source} ជួរ។ គ្មានអ្វីត្រូវបានសរសេរនៅ {where} ទេ។</translation>
    </message>
    <message>
        <source>The copied cash book does not verify ({problem}). Nothing was written at {where}.</source>
        <translation>សៀវភៅសាច់ប្រាក់ដែលបានចម្លង មិនឆ្លងកាត់ការផ្ទៀងផ្ទាត់ទេ ({problem})។ គ្មានអ្វីត្រូវបានសរសេរនៅ {where} ទេ។</translation>
    </message>
    <message>
        <source>The copied audit log does not verify (entry {entry}). Nothing was written at {where}.</source>
        <translation>កំណត់ត្រាសវនកម្មដែលបានចម្លង មិនឆ្លងកាត់ការផ្ទៀងផ្ទាត់ទេ (ប្រតិបត្តិការ {entry})។ គ្មានអ្វីត្រូវបានសរសេរនៅ {where} ទេ។</translation>
    </message>
    <message>
        <source>The cash book or the audit log of {where} does not verify, so it cannot be copied faithfully. Run “cbodesk verify” on it and ask your supporting NGO for help.</source>
        <translation>សៀវភៅសាច់ប្រាក់ ឬកំណត់ត្រាសវនកម្មរបស់ {where} មិនឆ្លងកាត់ការផ្ទៀងផ្ទាត់ទេ ដូច្នេះមិនអាចចម្លងបានត្រឹមត្រូវទេ។ សូមដំណើរការ «cbodesk verify» លើវា ហើយសុំជំនួយពីអង្គការមិនមែនរដ្ឋាភិបាល (NGO) ដែលគាំទ្រអ្នក។</translation>
    </message>
    <message>
        <source>The copy has another CBO id than its source. Nothing was written at {where}.</source>
        <translation>ច្បាប់ចម្លងមានលេខសម្គាល់សហគមន៍ខុសពីប្រភពរបស់វា។ គ្មានអ្វីត្រូវបានសរសេរនៅ {where} ទេ។</translation>
    </message>
    <message>
        <source>This meeting is no longer in the CBO file. Somebody may have deleted it; close the window and look in the list of meetings.</source>
        <translation>កិច្ចប្រជុំនេះលែងមាននៅក្នុងឯកសារសហគមន៍ទៀតហើយ។ ប្រហែលជាមាននរណាម្នាក់បានលុបវា។ សូមបិទផ្ទាំងនេះ ហើយមើលក្នុងបញ្ជីកិច្ចប្រជុំ។</translation>
    </message>
    <message>
        <source>{who} changed this meeting after you opened it. Your changes were not saved; open the meeting again to see theirs, then make your changes again.</source>
        <translation>{who} បានកែប្រែកិច្ចប្រជុំនេះ បន្ទាប់ពីអ្នកបានបើកវា។ ការផ្លាស់ប្ដូររបស់អ្នកមិនត្រូវបានរក្សាទុកទេ។ សូមបើកកិច្ចប្រជុំនេះម្ដងទៀត ដើម្បីមើលការផ្លាស់ប្ដូររបស់គាត់ រួចធ្វើការផ្លាស់ប្ដូររបស់អ្នកម្ដងទៀត។</translation>
    </message>
    <message>
        <source>These minutes are locked: they can no longer be changed. Add an amendment note to correct them.</source>
        <translation>កំណត់ហេតុប្រជុំនេះត្រូវបានចាក់សោហើយ៖ មិនអាចកែប្រែបានទៀតទេ។ សូមបន្ថែមកំណត់សម្គាល់វិសោធនកម្ម ដើម្បីកែតម្រូវវា។</translation>
    </message>
    <message>
        <source>These minutes are approved: they can no longer be changed. Add an amendment note to correct them.</source>
        <translation>កំណត់ហេតុប្រជុំនេះត្រូវបានអនុម័តហើយ៖ មិនអាចកែប្រែបានទៀតទេ។ សូមបន្ថែមកំណត់សម្គាល់វិសោធនកម្ម ដើម្បីកែតម្រូវវា។</translation>
    </message>
    <message>
        <source>This annex is no longer in the CBO file. Open the meeting again.</source>
        <translation>ឧបសម្ព័ន្ធនេះលែងមាននៅក្នុងឯកសារសហគមន៍ទៀតហើយ។ សូមបើកកិច្ចប្រជុំម្ដងទៀត។</translation>
    </message>
    <message>
        <source>This action item is no longer in the CBO file. Open the meeting again.</source>
        <translation>ការងារត្រូវធ្វើនេះលែងមាននៅក្នុងឯកសារសហគមន៍ទៀតហើយ។ សូមបើកកិច្ចប្រជុំម្ដងទៀត។</translation>
    </message>
    <message>
        <source>A member on the attendance list is no longer in the register.</source>
        <translation>សមាជិកម្នាក់នៅក្នុងបញ្ជីវត្តមាន លែងមាននៅក្នុងបញ្ជីសមាជិកទៀតហើយ។</translation>
    </message>
    <message>
        <source>This action item belongs to another meeting; add it as a new line.</source>
        <translation>ការងារត្រូវធ្វើនេះជារបស់កិច្ចប្រជុំផ្សេង។ សូមបន្ថែមវាជាជួរថ្មី។</translation>
    </message>
    <message>
        <source>Minutes cannot be approved before the meeting ({day}).</source>
        <translation>មិនអាចអនុម័តកំណត់ហេតុប្រជុំមុនថ្ងៃប្រជុំ ({day}) បានទេ។</translation>
    </message>
    <message>
        <source>The day of approval cannot be in the future.</source>
        <translation>ថ្ងៃអនុម័តមិនអាចស្ថិតនៅពេលអនាគតបានទេ។</translation>
    </message>
    <message>
        <source>Choose the meeting at which the minutes were approved.</source>
        <translation>សូមជ្រើសរើសកិច្ចប្រជុំដែលបានអនុម័តកំណត់ហេតុប្រជុំនេះ។</translation>
    </message>
    <message>
        <source>Minutes are approved at a later meeting, not an earlier one.</source>
        <translation>កំណត់ហេតុប្រជុំត្រូវបានអនុម័តនៅកិច្ចប្រជុំលើកក្រោយ មិនមែននៅកិច្ចប្រជុំមុននោះទេ។</translation>
    </message>
    <message>
        <source>The minutes were approved at the meeting of {day}: give that day.</source>
        <translation>កំណត់ហេតុប្រជុំត្រូវបានអនុម័តនៅកិច្ចប្រជុំថ្ងៃ {day}៖ សូមផ្ដល់ថ្ងៃនោះ។</translation>
    </message>
    <message>
        <source>Only approved minutes can be locked. Approve them first.</source>
        <translation>មានតែកំណត់ហេតុប្រជុំដែលបានអនុម័តប៉ុណ្ណោះ ដែលអាចចាក់សោបាន។ សូមអនុម័តវាជាមុនសិន។</translation>
    </message>
    <message>
        <source>These minutes are still a draft: correct them directly instead of adding an amendment.</source>
        <translation>កំណត់ហេតុប្រជុំនេះនៅជាសេចក្តីព្រាងនៅឡើយ៖ សូមកែតម្រូវវាដោយផ្ទាល់ ជំនួសឱ្យការបន្ថែមវិសោធនកម្ម។</translation>
    </message>
    <message>
        <source>Write the correction.</source>
        <translation>សូមសរសេរការកែតម្រូវ។</translation>
    </message>
    <message>
        <source>The day of the amendment cannot be in the future.</source>
        <translation>ថ្ងៃនៃវិសោធនកម្មមិនអាចស្ថិតនៅពេលអនាគតបានទេ។</translation>
    </message>
    <message>
        <source>An amendment cannot be made before the meeting ({day}).</source>
        <translation>មិនអាចធ្វើវិសោធនកម្មមុនថ្ងៃប្រជុំ ({day}) បានទេ។</translation>
    </message>
    <message>
        <source>The minutes of “{title}” ({day}) were approved at this meeting, so it cannot be deleted.</source>
        <translation>កំណត់ហេតុប្រជុំ «{title}» ({day}) ត្រូវបានអនុម័តនៅកិច្ចប្រជុំនេះ ដូច្នេះមិនអាចលុបកិច្ចប្រជុំនេះបានទេ។</translation>
    </message>
    <message>
        <source>Choose how often the committee must meet.</source>
        <translation>សូមជ្រើសរើសភាពញឹកញាប់ដែលគណៈកម្មការត្រូវប្រជុំ។</translation>
    </message>
    <message>
        <source>An action is reviewed at a later meeting than the one that decided it.</source>
        <translation>ការងារត្រូវបានពិនិត្យឡើងវិញនៅកិច្ចប្រជុំលើកក្រោយ បន្ទាប់ពីកិច្ចប្រជុំដែលបានសម្រេចការងារនោះ។</translation>
    </message>
    <message>
        <source>Choose the file to attach.</source>
        <translation>សូមជ្រើសរើសឯកសារដែលត្រូវភ្ជាប់។</translation>
    </message>
    <message>
        <source>The file is {size} MB; an annex can be at most {limit} MB. Attach a smaller file (for example photos at a lower resolution, or a PDF instead of a scan).</source>
        <translation>ឯកសារនេះមានទំហំ {size} MB ប៉ុន្តែឧបសម្ព័ន្ធមួយអាចមានទំហំយ៉ាងច្រើន {limit} MB។ សូមភ្ជាប់ឯកសារដែលតូចជាងនេះ (ឧទាហរណ៍ រូបថតដែលមានកម្រិតច្បាស់ទាបជាងនេះ ឬឯកសារ PDF ជំនួសឱ្យរូបស្កេន)។</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>ឯកសារនេះនៅទទេ។</translation>
    </message>
    <message>
        <source>This plan is no longer in the CBO file. Close the window and open the plans again.</source>
        <translation>ផែនការនេះលែងមាននៅក្នុងឯកសារសហគមន៍ទៀតហើយ។ សូមបិទផ្ទាំងនេះ ហើយបើកផែនការម្ដងទៀត។</translation>
    </message>
    <message>
        <source>This activity is no longer in the CBO file. Close the window and open the plan again.</source>
        <translation>សកម្មភាពនេះលែងមាននៅក្នុងឯកសារសហគមន៍ទៀតហើយ។ សូមបិទផ្ទាំងនេះ ហើយបើកផែនការម្ដងទៀត។</translation>
    </message>
    <message>
        <source>This monitoring record (or file) is no longer in the CBO file. Open the activity again.</source>
        <translation>កំណត់ត្រាតាមដាននេះ (ឬឯកសារនេះ) លែងមាននៅក្នុងឯកសារសហគមន៍ទៀតហើយ។ សូមបើកសកម្មភាពម្ដងទៀត។</translation>
    </message>
    <message>
        <source>{who} changed this after you opened it. Your changes were not saved; open it again to see theirs, then make your changes again.</source>
        <translation>{who} បានកែប្រែព័ត៌មាននេះ បន្ទាប់ពីអ្នកបានបើកវា។ ការផ្លាស់ប្ដូររបស់អ្នកមិនត្រូវបានរក្សាទុកទេ។ សូមបើកវាម្ដងទៀត ដើម្បីមើលការផ្លាស់ប្ដូររបស់គាត់ រួចធ្វើការផ្លាស់ប្ដូររបស់អ្នកម្ដងទៀត។</translation>
    </message>
    <message>
        <source>This goal is no longer in the CBO file.</source>
        <translation>គោលបំណងនេះលែងមាននៅក្នុងឯកសារសហគមន៍ទៀតហើយ។</translation>
    </message>
    <message>
        <source>There is a plan for {year} already. Open it instead.</source>
        <translation>មានផែនការសម្រាប់ឆ្នាំ {year} រួចហើយ។ សូមបើកផែនការនោះវិញ។</translation>
    </message>
    <message>
        <source>Choose another year than the plan&apos;s own.</source>
        <translation>សូមជ្រើសរើសឆ្នាំផ្សេងពីឆ្នាំរបស់ផែនការនេះ។</translation>
    </message>
    <message>
        <source>The plan for {year} has activities already: a plan can only be copied into an empty one.</source>
        <translation>ផែនការសម្រាប់ឆ្នាំ {year} មានសកម្មភាពរួចហើយ៖ ផែនការអាចចម្លងបានតែទៅក្នុងផែនការដែលនៅទទេប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>Another activity of this plan has the code {code}. Give each activity its own code.</source>
        <translation>សកម្មភាពផ្សេងទៀតនៃផែនការនេះមានលេខកូដ {code} រួចហើយ។ សូមដាក់លេខកូដដាច់ដោយឡែកឱ្យសកម្មភាពនីមួយៗ។</translation>
    </message>
    <message>
        <source>Choose the goal from the list.</source>
        <translation>សូមជ្រើសរើសគោលបំណងពីបញ្ជី។</translation>
    </message>
    <message>
        <source>Money in {currency} is recorded for this activity in the cash book: its budget stays in {currency}.</source>
        <translation>ប្រាក់ជា {currency} ត្រូវបានកត់ត្រាសម្រាប់សកម្មភាពនេះក្នុងសៀវភៅសាច់ប្រាក់៖ ថវិការបស់វាត្រូវនៅតែជា {currency}។</translation>
    </message>
    <message>
        <source>The plan&apos;s activities changed meanwhile. Open the plan again, then put them in order.</source>
        <translation>សកម្មភាពនៃផែនការនេះបានផ្លាស់ប្ដូរក្នុងអំឡុងពេលនេះ។ សូមបើកផែនការម្ដងទៀត រួចរៀបលំដាប់សកម្មភាពឡើងវិញ។</translation>
    </message>
    <message>
        <source>This activity has monitoring records or money in the cash book, so it stays in the plan. Change its status to cancelled instead.</source>
        <translation>សកម្មភាពនេះមានកំណត់ត្រាតាមដាន ឬប្រាក់ក្នុងសៀវភៅសាច់ប្រាក់ ដូច្នេះវាត្រូវនៅក្នុងផែនការ។ សូមប្ដូរស្ថានភាពរបស់វាទៅជា «លុបចោល» ជំនួសវិញ។</translation>
    </message>
    <message>
        <source>This indicator is no longer in the CBO file. Open the activity again.</source>
        <translation>សូចនាករនេះលែងមាននៅក្នុងឯកសារសហគមន៍ទៀតហើយ។ សូមបើកសកម្មភាពម្ដងទៀត។</translation>
    </message>
    <message>
        <source>Values of this indicator are recorded already, so whether it counts women and men apart cannot change. Add a new indicator instead.</source>
        <translation>តម្លៃនៃសូចនាករនេះត្រូវបានកត់ត្រារួចហើយ ដូច្នេះមិនអាចប្ដូរថា វារាប់ស្ត្រី និងបុរសដាច់ដោយឡែកឬអត់បានទេ។ សូមបន្ថែមសូចនាករថ្មីជំនួសវិញ។</translation>
    </message>
    <message>
        <source>Values of this indicator are recorded in monitoring records, so it cannot be removed. Remove those values first.</source>
        <translation>តម្លៃនៃសូចនាករនេះត្រូវបានកត់ត្រាក្នុងកំណត់ត្រាតាមដាន ដូច្នេះមិនអាចដកវាចេញបានទេ។ សូមដកតម្លៃទាំងនោះចេញជាមុនសិន។</translation>
    </message>
    <message>
        <source>This value is not for one of the activity&apos;s indicators. Open the activity again.</source>
        <translation>តម្លៃនេះមិនមែនសម្រាប់សូចនាករណាមួយនៃសកម្មភាពនេះទេ។ សូមបើកសកម្មភាពម្ដងទៀត។</translation>
    </message>
    <message>
        <source>This indicator counts women and men apart: write the number of women and of men.</source>
        <translation>សូចនាករនេះរាប់ស្ត្រី និងបុរសដាច់ដោយឡែក៖ សូមសរសេរចំនួនស្ត្រី និងចំនួនបុរស។</translation>
    </message>
    <message>
        <source>The total must be the number of women plus the number of men.</source>
        <translation>ចំនួនសរុបត្រូវតែស្មើនឹងចំនួនស្ត្រី បូកនឹងចំនួនបុរស។</translation>
    </message>
    <message>
        <source>This indicator does not count women and men apart: write one value.</source>
        <translation>សូចនាករនេះមិនរាប់ស្ត្រី និងបុរសដាច់ដោយឡែកទេ៖ សូមសរសេរតម្លៃតែមួយ។</translation>
    </message>
    <message>
        <source>This file is empty. Choose another file.</source>
        <translation>ឯកសារនេះនៅទទេ។ សូមជ្រើសរើសឯកសារផ្សេង។</translation>
    </message>
    <message>
        <source>This file is {size} MB; a file kept as evidence can be at most {limit} MB. Make the photo smaller, or scan fewer pages, and try again.</source>
        <translation>ឯកសារនេះមានទំហំ {size} MB ប៉ុន្តែឯកសារដែលរក្សាទុកជាភស្តុតាង អាចមានទំហំយ៉ាងច្រើន {limit} MB។ សូមធ្វើឱ្យរូបថតតូចជាងនេះ ឬស្កេនទំព័រតិចជាងនេះ រួចព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
        <source>Choose the file to keep.</source>
        <translation>សូមជ្រើសរើសឯកសារដែលត្រូវរក្សាទុក។</translation>
    </message>
    <message>
        <source>Type the address of the database server.</source>
        <translation>សូមវាយអាសយដ្ឋានម៉ាស៊ីនមេមូលដ្ឋានទិន្នន័យ។</translation>
    </message>
    <message>
        <source>Type the name of the database.</source>
        <translation>សូមវាយឈ្មោះមូលដ្ឋានទិន្នន័យ។</translation>
    </message>
    <message>
        <source>Type the user name on the database server.</source>
        <translation>សូមវាយឈ្មោះអ្នកប្រើនៅលើម៉ាស៊ីនមេមូលដ្ឋានទិន្នន័យ។</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535 (usually 5432).</source>
        <translation>ច្រក (port) គឺជាលេខពី 1 ដល់ 65535 (ជាធម្មតា 5432)។</translation>
    </message>
    <message>
        <source>To check the server&apos;s certificate, choose the file of the certificate authority (ask the administrator of the server).</source>
        <translation>ដើម្បីពិនិត្យវិញ្ញាបនបត្ររបស់ម៉ាស៊ីនមេ សូមជ្រើសរើសឯកសាររបស់អាជ្ញាធរចេញវិញ្ញាបនបត្រ (សូមសួរអ្នកគ្រប់គ្រងម៉ាស៊ីនមេ)។</translation>
    </message>
    <message>
        <source>The certificate authority file is not there. Choose it again.</source>
        <translation>រកមិនឃើញឯកសាររបស់អាជ្ញាធរចេញវិញ្ញាបនបត្រទេ។ សូមជ្រើសរើសវាម្ដងទៀត។</translation>
    </message>
    <message>
        <source>The database server {server} does not answer. Check the network cable or Wi-Fi, the server address and the port, and that the server is switched on.</source>
        <translation>ម៉ាស៊ីនមេមូលដ្ឋានទិន្នន័យ {server} មិនឆ្លើយតបទេ។ សូមពិនិត្យខ្សែបណ្ដាញ ឬ Wi-Fi អាសយដ្ឋានម៉ាស៊ីនមេ និងច្រក ហើយពិនិត្យថាម៉ាស៊ីនមេកំពុងបើក។</translation>
    </message>
    <message>
        <source>The server refused the user name {user} or its password. Check both (capital letters count) and try again.</source>
        <translation>ម៉ាស៊ីនមេបានបដិសេធឈ្មោះអ្នកប្រើ {user} ឬពាក្យសម្ងាត់របស់វា។ សូមពិនិត្យទាំងពីរ (អក្សរធំ និងអក្សរតូចខុសគ្នា) ហើយព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
        <source>The server asks for the password of {user}. Type it.</source>
        <translation>ម៉ាស៊ីនមេសុំពាក្យសម្ងាត់របស់ {user}។ សូមវាយពាក្យសម្ងាត់នោះ។</translation>
    </message>
    <message>
        <source>There is no database named {database} on {server}. Check the name, or ask the administrator of the server to create it.</source>
        <translation>គ្មានមូលដ្ឋានទិន្នន័យឈ្មោះ {database} នៅលើ {server} ទេ។ សូមពិនិត្យឈ្មោះ ឬស្នើអ្នកគ្រប់គ្រងម៉ាស៊ីនមេ ឱ្យបង្កើតវា។</translation>
    </message>
    <message>
        <source>The server {server} accepts only encrypted connections. Choose “prefer” or “require” for encryption (TLS).</source>
        <translation>ម៉ាស៊ីនមេ {server} ទទួលយកតែការតភ្ជាប់ដែលបានអ៊ិនគ្រីបប៉ុណ្ណោះ។ សូមជ្រើសរើស «prefer» ឬ «require» សម្រាប់ការអ៊ិនគ្រីប (TLS)។</translation>
    </message>
    <message>
        <source>The server {server} does not offer encrypted connections (TLS), but encryption is required here. Ask the administrator of the server to switch TLS on, or choose “prefer”.</source>
        <translation>ម៉ាស៊ីនមេ {server} មិនផ្ដល់ការតភ្ជាប់ដែលបានអ៊ិនគ្រីប (TLS) ទេ ប៉ុន្តែការអ៊ិនគ្រីបត្រូវបានតម្រូវនៅទីនេះ។ សូមស្នើអ្នកគ្រប់គ្រងម៉ាស៊ីនមេ ឱ្យបើក TLS ឬជ្រើសរើស «prefer»។</translation>
    </message>
    <message>
        <source>The certificate of the server {server} could not be checked: it is not signed by the chosen certificate authority, or it is for another server name. Ask the administrator of the server for the right certificate authority file.</source>
        <translation>មិនអាចពិនិត្យវិញ្ញាបនបត្ររបស់ម៉ាស៊ីនមេ {server} បានទេ៖ វាមិនត្រូវបានចុះហត្ថលេខាដោយអាជ្ញាធរចេញវិញ្ញាបនបត្រដែលបានជ្រើសរើសទេ ឬវាសម្រាប់ឈ្មោះម៉ាស៊ីនមេផ្សេង។ សូមសុំឯកសារអាជ្ញាធរចេញវិញ្ញាបនបត្រដែលត្រឹមត្រូវពីអ្នកគ្រប់គ្រងម៉ាស៊ីនមេ។</translation>
    </message>
    <message>
        <source>The server {server} does not let {user} connect from this computer. Ask the administrator of the server to allow it.</source>
        <translation>ម៉ាស៊ីនមេ {server} មិនអនុញ្ញាតឱ្យ {user} តភ្ជាប់ពីកុំព្យូទ័រនេះទេ។ សូមស្នើអ្នកគ្រប់គ្រងម៉ាស៊ីនមេ ឱ្យអនុញ្ញាត។</translation>
    </message>
    <message>
        <source>The database {database} holds tables of another program, not a CBO. Choose another database, or ask the administrator of the server for an empty one.</source>
        <translation>មូលដ្ឋានទិន្នន័យ {database} មានតារាងរបស់កម្មវិធីផ្សេង មិនមែនរបស់សហគមន៍ទេ។ សូមជ្រើសរើសមូលដ្ឋានទិន្នន័យផ្សេង ឬសុំមូលដ្ឋានទិន្នន័យទទេមួយពីអ្នកគ្រប់គ្រងម៉ាស៊ីនមេ។</translation>
    </message>
    <message>
        <source>Set your own password first (Users → My password). With login on, nobody can open the CBO without one.</source>
        <translation>សូមកំណត់ពាក្យសម្ងាត់ផ្ទាល់ខ្លួនរបស់អ្នកជាមុនសិន (អ្នកប្រើ → ពាក្យសម្ងាត់របស់ខ្ញុំ)។ ពេលបើកការចូលប្រព័ន្ធ គ្មាននរណាម្នាក់អាចបើកសហគមន៍នេះបានទេ បើគ្មានពាក្យសម្ងាត់។</translation>
    </message>
    <message>
        <source>The user name or the password is not right. Check them (is the keyboard on the right language?) and try again.</source>
        <translation>ឈ្មោះអ្នកប្រើ ឬពាក្យសម្ងាត់មិនត្រឹមត្រូវទេ។ សូមពិនិត្យវា (តើក្ដារចុចកំពុងប្រើភាសាត្រឹមត្រូវឬទេ?) ហើយព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
        <source>You are not a user of this CBO any more. Ask the administrator.</source>
        <translation>អ្នកលែងជាអ្នកប្រើរបស់សហគមន៍នេះទៀតហើយ។ សូមសួរអ្នកគ្រប់គ្រង។</translation>
    </message>
    <message>
        <source>Your present password is not right.</source>
        <translation>ពាក្យសម្ងាត់បច្ចុប្បន្នរបស់អ្នកមិនត្រឹមត្រូវទេ។</translation>
    </message>
    <message>
        <source>This user is not in the list any more.</source>
        <translation>អ្នកប្រើនេះលែងមាននៅក្នុងបញ្ជីទៀតហើយ។</translation>
    </message>
    <message>
        <source>{who} changed this user after you opened them. Your changes were not saved; open the user again to see theirs, then make your changes again.</source>
        <translation>{who} បានកែប្រែព័ត៌មានអ្នកប្រើនេះ បន្ទាប់ពីអ្នកបានបើកវា។ ការផ្លាស់ប្ដូររបស់អ្នកមិនត្រូវបានរក្សាទុកទេ។ សូមបើកព័ត៌មានអ្នកប្រើនេះម្ដងទៀត ដើម្បីមើលការផ្លាស់ប្ដូររបស់គាត់ រួចធ្វើការផ្លាស់ប្ដូររបស់អ្នកម្ដងទៀត។</translation>
    </message>
    <message>
        <source>This is the last active administrator. Make another user an administrator first: a CBO always needs one, to manage users and settings.</source>
        <translation>នេះជាអ្នកគ្រប់គ្រងសកម្មចុងក្រោយ។ សូមធ្វើឱ្យអ្នកប្រើម្នាក់ទៀតក្លាយជាអ្នកគ្រប់គ្រងជាមុនសិន៖ សហគមន៍ត្រូវការអ្នកគ្រប់គ្រងម្នាក់ជានិច្ច ដើម្បីគ្រប់គ្រងអ្នកប្រើ និងការកំណត់។</translation>
    </message>
    <message>
        <source>Give the user at least one role.</source>
        <translation>សូមផ្ដល់តួនាទីយ៉ាងហោចណាស់មួយដល់អ្នកប្រើ។</translation>
    </message>
    <message>
        <source>Choose the roles from the list.</source>
        <translation>សូមជ្រើសរើសតួនាទីពីបញ្ជី។</translation>
    </message>
    <message>
        <source>Give the person&apos;s name.</source>
        <translation>សូមផ្ដល់ឈ្មោះរបស់បុគ្គលនេះ។</translation>
    </message>
    <message>
        <source>A user name has 2 to 32 small Latin letters or digits (dots and dashes allowed), e.g. sok.dara.</source>
        <translation>ឈ្មោះអ្នកប្រើមានពី 2 ដល់ 32 តួ ជាអក្សរឡាតាំងតូច ឬលេខ (អាចប្រើចំណុច និងសញ្ញា -) ឧទាហរណ៍ sok.dara។</translation>
    </message>
    <message>
        <source>Another user has this user name already.</source>
        <translation>មានអ្នកប្រើផ្សេងទៀតប្រើឈ្មោះអ្នកប្រើនេះរួចហើយ។</translation>
    </message>
    <message>
        <source>You cannot disable yourself. Another administrator can.</source>
        <translation>អ្នកមិនអាចបិទដំណើរការអ្នកប្រើរបស់ខ្លួនឯងបានទេ។ អ្នកគ្រប់គ្រងម្នាក់ផ្សេងទៀតអាចធ្វើបាន។</translation>
    </message>
    <message>
        <source>There is no user {name} in this CBO.</source>
        <translation>គ្មានអ្នកប្រើ {name} នៅក្នុងសហគមន៍នេះទេ។</translation>
    </message>
</context>
<context>
    <name>meetings</name>
    <message>
        <source>General assembly</source>
        <translation>មហាសន្និបាត</translation>
    </message>
    <message>
        <source>Committee meeting</source>
        <translation>កិច្ចប្រជុំគណៈកម្មការ</translation>
    </message>
    <message>
        <source>Regular member meeting</source>
        <translation>កិច្ចប្រជុំសមាជិកទៀងទាត់</translation>
    </message>
    <message>
        <source>Extraordinary meeting</source>
        <translation>កិច្ចប្រជុំវិសាមញ្ញ</translation>
    </message>
    <message>
        <source>Networking or partner event</source>
        <translation>ព្រឹត្តិការណ៍បណ្ដាញ ឬព្រឹត្តិការណ៍ជាមួយដៃគូ</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>មានវត្តមាន</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>អវត្តមាន</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>សុំច្បាប់</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>សេចក្ដីព្រាង</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>បានអនុម័ត</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>បានចាក់សោ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>មិនទាន់រួចរាល់</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>រួចរាល់</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>បានបោះបង់</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>រៀងរាល់ខែ</translation>
    </message>
    <message>
        <source>Every quarter</source>
        <translation>រៀងរាល់ត្រីមាស</translation>
    </message>
    <message>
        <source>No rule</source>
        <translation>មិនកំណត់</translation>
    </message>
    <message>
        <source>Khmer</source>
        <translation>ភាសាខ្មែរ</translation>
    </message>
    <message>
        <source>English</source>
        <translation>ភាសាអង់គ្លេស</translation>
    </message>
</context>
<context>
    <name>members</name>
    <message>
        <source>Female</source>
        <translation>ស្រី</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ប្រុស</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>សកម្ម</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>អសកម្ម</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>ចាកចេញ</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>ទទួលមរណភាព</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>មិនដឹង</translation>
    </message>
    <message>
        <source>IDPoor level 1</source>
        <translation>ក្រីក្រកម្រិត 1 (IDPoor)</translation>
    </message>
    <message>
        <source>IDPoor level 2</source>
        <translation>ក្រីក្រកម្រិត 2 (IDPoor)</translation>
    </message>
    <message>
        <source>No IDPoor card</source>
        <translation>គ្មានប័ណ្ណសមធម៌ (IDPoor)</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>ប្រធាន</translation>
    </message>
    <message>
        <source>Vice-chair</source>
        <translation>អនុប្រធាន</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>លេខាធិការ</translation>
    </message>
    <message>
        <source>Treasurer</source>
        <translation>ហិរញ្ញិក</translation>
    </message>
    <message>
        <source>Committee member</source>
        <translation>សមាជិកគណៈកម្មការ</translation>
    </message>
    <message>
        <source>Box keeper</source>
        <translation>អ្នករក្សាប្រអប់</translation>
    </message>
    <message>
        <source>Money counter</source>
        <translation>អ្នករាប់ប្រាក់</translation>
    </message>
    <message>
        <source>Key holder</source>
        <translation>អ្នករក្សាកូនសោ</translation>
    </message>
    <message>
        <source>Other role</source>
        <translation>តួនាទីផ្សេងទៀត</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>ក្នុងមួយខែ</translation>
    </message>
    <message>
        <source>per quarter</source>
        <translation>ក្នុងមួយត្រីមាស</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>ក្នុងមួយឆ្នាំ</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>ក្រោម 18 ឆ្នាំ</translation>
    </message>
    <message>
        <source>18–24</source>
        <translation>18–24 ឆ្នាំ</translation>
    </message>
    <message>
        <source>25–34</source>
        <translation>25–34 ឆ្នាំ</translation>
    </message>
    <message>
        <source>35–44</source>
        <translation>35–44 ឆ្នាំ</translation>
    </message>
    <message>
        <source>45–54</source>
        <translation>45–54 ឆ្នាំ</translation>
    </message>
    <message>
        <source>55–64</source>
        <translation>55–64 ឆ្នាំ</translation>
    </message>
    <message>
        <source>65 and over</source>
        <translation>65 ឆ្នាំឡើងទៅ</translation>
    </message>
    <message>
        <source>Age not known</source>
        <translation>មិនដឹងអាយុ</translation>
    </message>
</context>
<context>
    <name>plans</name>
    <message>
        <source>Planned</source>
        <translation>បានគ្រោងទុក</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>កំពុងអនុវត្ត</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>រួចរាល់</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>បានពន្យារពេល</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>បានលុបចោល</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>តែម្ដង</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>ប្រចាំខែ</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>ប្រចាំត្រីមាស</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>ប្រចាំឆ្នាំ</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Riel</source>
        <translation>រៀល</translation>
    </message>
    <message>
        <source>Dollars</source>
        <translation>ដុល្លារ</translation>
    </message>
    <message>
        <source>{name} village</source>
        <translation>ភូមិ{name}</translation>
    </message>
    <message>
        <source>{name} commune</source>
        <translation>ឃុំ{name}</translation>
    </message>
    <message>
        <source>{name} district</source>
        <translation>ស្រុក{name}</translation>
    </message>
    <message>
        <source>{name} capital</source>
        <translation>រាជធានី{name}</translation>
    </message>
    <message>
        <source>{name} province</source>
        <translation>ខេត្ត{name}</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>On {date}</source>
        <translation>នៅថ្ងៃ {date}</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>រៀបចំដោយ</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>ពិនិត្យដោយ</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>អនុម័តដោយ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>ចំណាត់ថ្នាក់</translation>
    </message>
    <message>
        <source>Deficit (more spent than received)</source>
        <translation>ឱនភាព (ចំណាយច្រើនជាងចំណូល)</translation>
    </message>
    <message>
        <source>Surplus (more received than spent)</source>
        <translation>អតិរេក (ចំណូលច្រើនជាងចំណាយ)</translation>
    </message>
    <message>
        <source>Money at the start</source>
        <translation>ប្រាក់នៅដើមគ្រា</translation>
    </message>
    <message>
        <source>Money received</source>
        <translation>ប្រាក់ដែលបានទទួល</translation>
    </message>
    <message>
        <source>Money spent</source>
        <translation>ប្រាក់ដែលបានចំណាយ</translation>
    </message>
    <message>
        <source>Exchanged between riel and dollars</source>
        <translation>ប្ដូររវាងរៀល និងដុល្លារ</translation>
    </message>
    <message>
        <source>Money at the end</source>
        <translation>ប្រាក់នៅចុងគ្រា</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>សមតុល្យដើមគ្រា</translation>
    </message>
    <message>
        <source>Correction of {number}: {reason}</source>
        <translation>ការកែតម្រូវ {number}៖ {reason}</translation>
    </message>
    <message>
        <source>(corrected by {number})</source>
        <translation>(កែតម្រូវដោយ {number})</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>សមតុល្យចុងគ្រា</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>លេខ</translation>
    </message>
    <message>
        <source>Received from / paid to</source>
        <translation>ទទួលពី / បង់ឱ្យ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>ការពិពណ៌នា</translation>
    </message>
    <message>
        <source>In</source>
        <translation>ចូល</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>ចេញ</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>សមតុល្យ</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>សរុប</translation>
    </message>
    <message>
        <source>Money in</source>
        <translation>ប្រាក់ចូល</translation>
    </message>
    <message>
        <source>Money out</source>
        <translation>ប្រាក់ចេញ</translation>
    </message>
    <message>
        <source>{account} ({kind}, {currency}). Corrected entries and their corrections are printed in grey; they cancel each other out.</source>
        <translation>{account} ({kind}, {currency})។ ប្រតិបត្តិការដែលត្រូវបានកែតម្រូវ និងការកែតម្រូវរបស់វា ត្រូវបានបោះពុម្ពជាពណ៌ប្រផេះ៖ វាទូទាត់គ្នាទៅវិញទៅមក។</translation>
    </message>
    <message>
        <source>Cash book: {account}</source>
        <translation>សៀវភៅសាច់ប្រាក់៖ {account}</translation>
    </message>
    <message>
        <source>1 $ = {rate} ៛ on {date}</source>
        <translation>1 $ = {rate} ៛ នៅថ្ងៃ {date}</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>ចំណូល</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>បានទទួល</translation>
    </message>
    <message>
        <source>Total income</source>
        <translation>ចំណូលសរុប</translation>
    </message>
    <message>
        <source>Expenditure</source>
        <translation>ចំណាយ</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>បានចំណាយ</translation>
    </message>
    <message>
        <source>Total expenditure</source>
        <translation>ចំណាយសរុប</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>លទ្ធផល</translation>
    </message>
    <message>
        <source>Cash and bank</source>
        <translation>សាច់ប្រាក់ និងប្រាក់នៅធនាគារ</translation>
    </message>
    <message>
        <source>Riel and dollars are counted separately. Transfers between the CBO&apos;s own accounts and currency exchanges are not income or expenditure. Corrected entries are netted out in their category.</source>
        <translation>ប្រាក់រៀល និងដុល្លារ ត្រូវបានគណនាដាច់ដោយឡែកពីគ្នា។ ការផ្ទេរប្រាក់រវាងគណនីផ្ទាល់របស់សហគមន៍ និងការប្ដូររូបិយប័ណ្ណ មិនមែនជាចំណូល ឬចំណាយទេ។ ប្រតិបត្តិការដែលត្រូវបានកែតម្រូវ ត្រូវបានទូទាត់ចេញនៅក្នុងចំណាត់ថ្នាក់របស់វា។</translation>
    </message>
    <message>
        <source>Surplus (deficit)</source>
        <translation>អតិរេក (ឱនភាព)</translation>
    </message>
    <message>
        <source>Total in riel</source>
        <translation>សរុបជារៀល</translation>
    </message>
    <message>
        <source>Riel and dollars together, at {rate}</source>
        <translation>រៀល និងដុល្លាររួមគ្នា តាមអត្រា {rate}</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>រួមគ្នា</translation>
    </message>
    <message>
        <source>Exchange rate used: {rate}. Dollars are turned into riel at this rate for this total only; the book keeps each currency as received and paid.</source>
        <translation>អត្រាប្ដូរប្រាក់ដែលបានប្រើ៖ {rate}។ ប្រាក់ដុល្លារត្រូវបានប្ដូរជាប្រាក់រៀលតាមអត្រានេះ សម្រាប់តែការបូកសរុបនេះប៉ុណ្ណោះ។ សៀវភៅរក្សាទុករូបិយប័ណ្ណនីមួយៗ ដូចដែលបានទទួល និងបានបង់។</translation>
    </message>
    <message>
        <source>Riel and dollars together</source>
        <translation>រៀល និងដុល្លាររួមគ្នា</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>ឆ្នាំ</translation>
    </message>
    <message>
        <source>Income and expenditure by month</source>
        <translation>ចំណូល និងចំណាយតាមខែ</translation>
    </message>
    <message>
        <source>Fiscal year {year} ({period})</source>
        <translation>ឆ្នាំហិរញ្ញវត្ថុ {year} ({period})</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>ថវិកា</translation>
    </message>
    <message>
        <source>Variance (budget - actual)</source>
        <translation>គម្លាត (ថវិកា - ជាក់ស្ដែង)</translation>
    </message>
    <message>
        <source>% of budget</source>
        <translation>% នៃថវិកា</translation>
    </message>
    <message>
        <source>No budget and no money recorded for this year.</source>
        <translation>គ្មានថវិកា និងគ្មានប្រាក់ដែលបានកត់ត្រា សម្រាប់ឆ្នាំនេះទេ។</translation>
    </message>
    <message>
        <source>The whole CBO</source>
        <translation>សហគមន៍ទាំងមូល</translation>
    </message>
    <message>
        <source>All</source>
        <translation>ទាំងអស់</translation>
    </message>
    <message>
        <source>Fund {number}</source>
        <translation>មូលនិធិ {number}</translation>
    </message>
    <message>
        <source>Variance: what remains to be received or spent; below zero when more was received or spent than planned. Corrected entries are netted out.</source>
        <translation>គម្លាត៖ ចំនួនដែលនៅសល់ត្រូវទទួល ឬត្រូវចំណាយ។ គម្លាតតិចជាងសូន្យ នៅពេលដែលបានទទួល ឬបានចំណាយច្រើនជាងការគ្រោងទុក។ ប្រតិបត្តិការដែលត្រូវបានកែតម្រូវ ត្រូវបានទូទាត់ចេញ។</translation>
    </message>
    <message>
        <source>Fund: {fund} ({donor})</source>
        <translation>មូលនិធិ៖ {fund} ({donor})</translation>
    </message>
    <message>
        <source>Fund: {fund}</source>
        <translation>មូលនិធិ៖ {fund}</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>គណនី</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <source>Cash position</source>
        <translation>ស្ថានភាពសាច់ប្រាក់</translation>
    </message>
    <message>
        <source>Total in {currency}</source>
        <translation>សរុបជា {currency}</translation>
    </message>
    <message>
        <source>Balances at the end of the day, from the cash book. Riel and dollars are counted separately.</source>
        <translation>សមតុល្យនៅចុងថ្ងៃ យោងតាមសៀវភៅសាច់ប្រាក់។ ប្រាក់រៀល និងដុល្លារ ត្រូវបានគណនាដាច់ដោយឡែកពីគ្នា។</translation>
    </message>
    <message>
        <source>Account: {account} ({kind}, {currency})</source>
        <translation>គណនី៖ {account} ({kind}, {currency})</translation>
    </message>
    <message>
        <source>Note or coin</source>
        <translation>ក្រដាសប្រាក់ ឬកាក់</translation>
    </message>
    <message>
        <source>Number counted</source>
        <translation>ចំនួនដែលបានរាប់</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>ចំនួនទឹកប្រាក់</translation>
    </message>
    <message>
        <source>Total counted</source>
        <translation>សរុបដែលបានរាប់</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>ការរាប់</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>សាច់ប្រាក់ដែលបានរាប់</translation>
    </message>
    <message>
        <source>Balance on the statement</source>
        <translation>សមតុល្យលើរបាយការណ៍គណនី</translation>
    </message>
    <message>
        <source>Balance in the cash book</source>
        <translation>សមតុល្យក្នុងសៀវភៅសាច់ប្រាក់</translation>
    </message>
    <message>
        <source>Difference (counted - book)</source>
        <translation>ភាពខុសគ្នា (ចំនួនរាប់បាន - សៀវភៅ)</translation>
    </message>
    <message>
        <source>Explanation of the difference: {text}</source>
        <translation>ការពន្យល់អំពីភាពខុសគ្នា៖ {text}</translation>
    </message>
    <message>
        <source>The count agrees with the cash book.</source>
        <translation>ចំនួនដែលបានរាប់ ត្រូវគ្នានឹងសៀវភៅសាច់ប្រាក់។</translation>
    </message>
    <message>
        <source>Month closed by {name} on {date}.</source>
        <translation>ខែនេះត្រូវបានបិទបញ្ជីដោយ {name} នៅថ្ងៃ {date}។</translation>
    </message>
    <message>
        <source>Counted by</source>
        <translation>រាប់ដោយ</translation>
    </message>
    <message>
        <source>Cash count sheet</source>
        <translation>សន្លឹករាប់សាច់ប្រាក់</translation>
    </message>
    <message>
        <source>Bank reconciliation</source>
        <translation>ការផ្ទៀងផ្ទាត់សមតុល្យធនាគារ</translation>
    </message>
    <message>
        <source>{month}, at the end of the month</source>
        <translation>{month} នៅចុងខែ</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>បង្កាន់ដៃទទួលប្រាក់</translation>
    </message>
    <message>
        <source>Received from: {party}</source>
        <translation>ទទួលពី៖ {party}</translation>
    </message>
    <message>
        <source>Payment voucher</source>
        <translation>ប័ណ្ណបើកប្រាក់</translation>
    </message>
    <message>
        <source>Paid to: {party}</source>
        <translation>បង់ឱ្យ៖ {party}</translation>
    </message>
    <message>
        <source>Transfer voucher</source>
        <translation>ប័ណ្ណផ្ទេរប្រាក់</translation>
    </message>
    <message>
        <source>Exchange voucher</source>
        <translation>ប័ណ្ណប្ដូររូបិយប័ណ្ណ</translation>
    </message>
    <message>
        <source>From: {account}, {amount}</source>
        <translation>ពីគណនី៖ {account} ចំនួន {amount}</translation>
    </message>
    <message>
        <source>To: {account}, {amount}</source>
        <translation>ទៅគណនី៖ {account} ចំនួន {amount}</translation>
    </message>
    <message>
        <source>Exchange rate: 1 $ = {rate} ៛</source>
        <translation>អត្រាប្ដូរប្រាក់៖ 1 $ = {rate} ៛</translation>
    </message>
    <message>
        <source>Correction voucher</source>
        <translation>ប័ណ្ណកែតម្រូវ</translation>
    </message>
    <message>
        <source>Corrects entry {number}. Reason: {reason}</source>
        <translation>កែតម្រូវប្រតិបត្តិការ {number}។ មូលហេតុ៖ {reason}</translation>
    </message>
    <message>
        <source>Received from / paid to: {party}</source>
        <translation>ទទួលពី / បង់ឱ្យ៖ {party}</translation>
    </message>
    <message>
        <source>For: {description}</source>
        <translation>សម្រាប់៖ {description}</translation>
    </message>
    <message>
        <source>Category: {category}</source>
        <translation>ចំណាត់ថ្នាក់៖ {category}</translation>
    </message>
    <message>
        <source>Account: {account}</source>
        <translation>គណនី៖ {account}</translation>
    </message>
    <message>
        <source>In words (Khmer): {words}</source>
        <translation>ចំនួនជាអក្សរ (ភាសាខ្មែរ)៖ {words}</translation>
    </message>
    <message>
        <source>In words (English): {words}</source>
        <translation>ចំនួនជាអក្សរ (ភាសាអង់គ្លេស)៖ {words}</translation>
    </message>
    <message>
        <source>This entry was corrected by {number}.</source>
        <translation>ប្រតិបត្តិការនេះត្រូវបានកែតម្រូវដោយ {number}។</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>ទទួលដោយ</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>បង់ដោយ</translation>
    </message>
    <message>
        <source>Donor: {donor}</source>
        <translation>ម្ចាស់ជំនួយ៖ {donor}</translation>
    </message>
    <message>
        <source>Total received</source>
        <translation>សរុបប្រាក់ដែលបានទទួល</translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation>សរុបប្រាក់ដែលបានចំណាយ</translation>
    </message>
    <message>
        <source>Balance brought forward</source>
        <translation>សមតុល្យយោងពីគ្រាមុន</translation>
    </message>
    <message>
        <source>Balance of the fund</source>
        <translation>សមតុល្យមូលនិធិ</translation>
    </message>
    <message>
        <source>No money of this fund was recorded up to the end of this period.</source>
        <translation>មិនទាន់មានប្រាក់នៃមូលនិធិនេះត្រូវបានកត់ត្រា រហូតដល់ចុងរយៈពេលនេះទេ។</translation>
    </message>
    <message>
        <source>Fund report: {fund}</source>
        <translation>របាយការណ៍មូលនិធិ៖ {fund}</translation>
    </message>
    <message>
        <source>Riel and dollars are counted separately. Every member may ask the treasurer to see the cash book and the receipts.</source>
        <translation>ប្រាក់រៀល និងដុល្លារ ត្រូវបានគណនាដាច់ដោយឡែកពីគ្នា។ សមាជិកគ្រប់រូបអាចស្នើសុំហិរញ្ញិក ដើម្បីមើលសៀវភៅសាច់ប្រាក់ និងបង្កាន់ដៃនានា។</translation>
    </message>
    <message>
        <source>Cash book register</source>
        <translation>បញ្ជីសៀវភៅសាច់ប្រាក់</translation>
    </message>
    <message>
        <source>Every entry of one account in a period, with the running balance.</source>
        <translation>រាល់ប្រតិបត្តិការរបស់គណនីមួយ ក្នុងរយៈពេលមួយ ជាមួយសមតុល្យបន្តបន្ទាប់។</translation>
    </message>
    <message>
        <source>Income and expenditure</source>
        <translation>ចំណូល និងចំណាយ</translation>
    </message>
    <message>
        <source>Money received and spent by category in a period, riel and dollars apart.</source>
        <translation>ប្រាក់ដែលបានទទួល និងបានចំណាយ តាមចំណាត់ថ្នាក់ ក្នុងរយៈពេលមួយ ដោយបែងចែករៀល និងដុល្លារដាច់ពីគ្នា។</translation>
    </message>
    <message>
        <source>Monthly summary</source>
        <translation>សេចក្ដីសង្ខេបប្រចាំខែ</translation>
    </message>
    <message>
        <source>Income and expenditure by category for each month of a fiscal year.</source>
        <translation>ចំណូល និងចំណាយតាមចំណាត់ថ្នាក់ សម្រាប់ខែនីមួយៗនៃឆ្នាំហិរញ្ញវត្ថុ។</translation>
    </message>
    <message>
        <source>Budget against actual</source>
        <translation>ថវិកាធៀបនឹងជាក់ស្ដែង</translation>
    </message>
    <message>
        <source>The budget of a fiscal year against the money received and spent, by category and by fund.</source>
        <translation>ថវិកានៃឆ្នាំហិរញ្ញវត្ថុមួយ ធៀបនឹងប្រាក់ដែលបានទទួល និងបានចំណាយ តាមចំណាត់ថ្នាក់ និងតាមមូលនិធិ។</translation>
    </message>
    <message>
        <source>The balance of every account on a day.</source>
        <translation>សមតុល្យនៃគណនីនីមួយៗ នៅថ្ងៃណាមួយ។</translation>
    </message>
    <message>
        <source>The cash counted note by note at a monthly closing, against the cash book, signed by two people.</source>
        <translation>សាច់ប្រាក់ដែលបានរាប់តាមក្រដាសប្រាក់នីមួយៗ ពេលបិទបញ្ជីប្រចាំខែ ធៀបនឹងសៀវភៅសាច់ប្រាក់ ដោយមានហត្ថលេខារបស់មនុស្សពីរនាក់។</translation>
    </message>
    <message>
        <source>Receipt or payment voucher</source>
        <translation>បង្កាន់ដៃទទួលប្រាក់ ឬប័ណ្ណបើកប្រាក់</translation>
    </message>
    <message>
        <source>The voucher of one entry, with the amount in figures and in words.</source>
        <translation>ប័ណ្ណនៃប្រតិបត្តិការមួយ ដោយមានចំនួនទឹកប្រាក់ជាលេខ និងជាអក្សរ។</translation>
    </message>
    <message>
        <source>Fund report</source>
        <translation>របាយការណ៍មូលនិធិ</translation>
    </message>
    <message>
        <source>Money of one fund or donor in a period: received, spent by category, balance.</source>
        <translation>ប្រាក់របស់មូលនិធិ ឬម្ចាស់ជំនួយមួយ ក្នុងរយៈពេលមួយ៖ ប្រាក់ដែលបានទទួល ប្រាក់ដែលបានចំណាយតាមចំណាត់ថ្នាក់ និងសមតុល្យ។</translation>
    </message>
    <message>
        <source>Money summary for the notice board</source>
        <translation>សេចក្ដីសង្ខេបហិរញ្ញវត្ថុ សម្រាប់ក្ដារព័ត៌មាន</translation>
    </message>
    <message>
        <source>One page in large print for the members: money at the start, received, spent, and at the end.</source>
        <translation>មួយទំព័រ ជាអក្សរធំ សម្រាប់សមាជិក៖ ប្រាក់នៅដើមគ្រា ប្រាក់ដែលបានទទួល ប្រាក់ដែលបានចំណាយ និងប្រាក់នៅចុងគ្រា។</translation>
    </message>
    <message>
        <source>Name in Khmer</source>
        <translation>ឈ្មោះជាភាសាខ្មែរ</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>ឈ្មោះជាអក្សរឡាតាំង</translation>
    </message>
    <message>
        <source>Members&apos; phone numbers, ID cards and IDPoor status are not printed in reports.</source>
        <translation>លេខទូរស័ព្ទ អត្តសញ្ញាណប័ណ្ណ និងស្ថានភាពគ្រួសារក្រីក្រ (IDPoor) របស់សមាជិក មិនត្រូវបានបោះពុម្ពក្នុងរបាយការណ៍ទេ។</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>ស្ត្រី</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>បុរស</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>ល.រ</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date} ម៉ោង {time}</translation>
    </message>
    <message>
        <source>Members: {total} (women {women}, men {men})</source>
        <translation>សមាជិក៖ {total} នាក់ (ស្ត្រី {women} នាក់ បុរស {men} នាក់)</translation>
    </message>
    <message>
        <source>{category}: {total} (women {women}, men {men})</source>
        <translation>{category}៖ {total} នាក់ (ស្ត្រី {women} នាក់ បុរស {men} នាក់)</translation>
    </message>
    <message>
        <source>{category}: {total}</source>
        <translation>{category}៖ {total} នាក់</translation>
    </message>
    <message>
        <source>Total: {total} (women {women})</source>
        <translation>សរុប៖ {total} នាក់ (ស្ត្រី {women} នាក់)</translation>
    </message>
    <message>
        <source>Facilitated by</source>
        <translation>សម្របសម្រួលដោយ</translation>
    </message>
    <message>
        <source>MC</source>
        <translation>អ្នកដឹកនាំកម្មវិធី</translation>
    </message>
    <message>
        <source>Minutes taker</source>
        <translation>អ្នកកត់ត្រា</translation>
    </message>
    <message>
        <source>Participated by</source>
        <translation>សមាសភាពចូលរួម</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>កាលបរិច្ឆេទ និងម៉ោង</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>ទីកន្លែង</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation>ប្រភេទកិច្ចប្រជុំ</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>កិច្ចប្រជុំ</translation>
    </message>
    <message>
        <source>Draft minutes — not yet approved.</source>
        <translation>សេចក្ដីព្រាងកំណត់ហេតុប្រជុំ — មិនទាន់បានអនុម័តនៅឡើយទេ។</translation>
    </message>
    <message>
        <source>Approved on {date} at the meeting “{meeting}”.</source>
        <translation>បានអនុម័តនៅថ្ងៃ {date} ក្នុងកិច្ចប្រជុំ «{meeting}»។</translation>
    </message>
    <message>
        <source>Approved on {date}.</source>
        <translation>បានអនុម័តនៅថ្ងៃ {date}។</translation>
    </message>
    <message>
        <source>Locked: corrections are made as amendments.</source>
        <translation>បានចាក់សោ៖ ការកែតម្រូវត្រូវធ្វើជាវិសោធនកម្ម។</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>វត្ថុបំណង</translation>
    </message>
    <message>
        <source>Presented by:</source>
        <translation>បទបង្ហាញដោយ៖</translation>
    </message>
    <message>
        <source>No agenda item was recorded.</source>
        <translation>មិនមានរបៀបវារៈណាមួយត្រូវបានកត់ត្រាទេ។</translation>
    </message>
    <message>
        <source>Results of the meeting</source>
        <translation>លទ្ធផលនៃកិច្ចប្រជុំ</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>សំណួរ៖</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>ចម្លើយ៖</translation>
    </message>
    <message>
        <source>Group work</source>
        <translation>ការងារក្រុម</translation>
    </message>
    <message>
        <source>Decided by consensus, without a count.</source>
        <translation>បានសម្រេចដោយការឯកភាពគ្នា ដោយមិនរាប់សំឡេង។</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>សេចក្ដីសម្រេច</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>សេចក្ដីសម្រេច</translation>
    </message>
    <message>
        <source>For</source>
        <translation>គាំទ្រ</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>ប្រឆាំង</translation>
    </message>
    <message>
        <source>Abstaining</source>
        <translation>អនុបវាទ</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>ការងារត្រូវធ្វើ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ការងារ</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>អ្នកទទួលខុសត្រូវ</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>កាលកំណត់</translation>
    </message>
    <message>
        <source>Conclusion and ways forward</source>
        <translation>សេចក្ដីសន្និដ្ឋាន និងទិសដៅបន្ត</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>ដោយ៖</translation>
    </message>
    <message>
        <source>Closing remark</source>
        <translation>មតិបិទកិច្ចប្រជុំ</translation>
    </message>
    <message>
        <source>Annexes</source>
        <translation>ឧបសម្ព័ន្ធ</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>ប្រធានអង្គប្រជុំ</translation>
    </message>
    <message>
        <source>{date}, {name}:</source>
        <translation>{date} ដោយ {name}៖</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>វិសោធនកម្ម</translation>
    </message>
    <message>
        <source>Minutes of the meeting</source>
        <translation>កំណត់ហេតុប្រជុំ</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>ភេទ</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>វត្តមាន</translation>
    </message>
    <message>
        <source>On the list</source>
        <translation>សរុបក្នុងបញ្ជី</translation>
    </message>
    <message>
        <source>Totals by sex</source>
        <translation>សរុបតាមភេទ</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>សរុប</translation>
    </message>
    <message>
        <source>Outside participants</source>
        <translation>អ្នកចូលរួមខាងក្រៅ</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>ភ្ញៀវ</translation>
    </message>
    <message>
        <source>Attendance list</source>
        <translation>បញ្ជីវត្តមាន</translation>
    </message>
    <message>
        <source>Meetings expected</source>
        <translation>កិច្ចប្រជុំដែលត្រូវចូលរួម</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>មានវត្តមាន</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>សុំច្បាប់</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>អវត្តមាន</translation>
    </message>
    <message>
        <source>Participation rate</source>
        <translation>អត្រាចូលរួម</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>ការចូលរួម</translation>
    </message>
    <message>
        <source>By sex</source>
        <translation>តាមភេទ</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>កិច្ចប្រជុំដែលបានធ្វើ</translation>
    </message>
    <message>
        <source>Members on the lists</source>
        <translation>សមាជិកក្នុងបញ្ជីវត្តមាន</translation>
    </message>
    <message>
        <source>Meetings of every kind.</source>
        <translation>កិច្ចប្រជុំគ្រប់ប្រភេទ។</translation>
    </message>
    <message>
        <source>Only: {kind}.</source>
        <translation>សម្រាប់តែ៖ {kind}។</translation>
    </message>
    <message>
        <source>Expected: the meetings where the member was on the attendance list. Rate: present ÷ expected.</source>
        <translation>ត្រូវចូលរួម៖ កិច្ចប្រជុំដែលសមាជិកមានឈ្មោះក្នុងបញ្ជីវត្តមាន។ អត្រា៖ មានវត្តមាន ÷ ត្រូវចូលរួម។</translation>
    </message>
    <message>
        <source>No attendance was recorded in the period.</source>
        <translation>មិនមានវត្តមានណាមួយត្រូវបានកត់ត្រាក្នុងរយៈពេលនេះទេ។</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>ហួសកាលកំណត់</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>មិនទាន់រួចរាល់</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>កាលបរិច្ឆេទប្រជុំ</translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation>ការងារត្រូវធ្វើដែលមិនទាន់រួចរាល់</translation>
    </message>
    <message>
        <source>No action item is open.</source>
        <translation>មិនមានការងារត្រូវធ្វើណាមួយដែលមិនទាន់រួចរាល់ទេ។</translation>
    </message>
    <message>
        <source>Minutes of a meeting</source>
        <translation>កំណត់ហេតុនៃកិច្ចប្រជុំមួយ</translation>
    </message>
    <message>
        <source>The minutes of one meeting as a record to sign and file: who took part, the results of each agenda item, decisions, action items, conclusion, annexes and signatures.</source>
        <translation>កំណត់ហេតុនៃកិច្ចប្រជុំមួយ ជាឯកសារសម្រាប់ចុះហត្ថលេខា និងតម្កល់ទុក៖ អ្នកចូលរួម លទ្ធផលនៃរបៀបវារៈនីមួយៗ សេចក្ដីសម្រេច ការងារត្រូវធ្វើ សេចក្ដីសន្និដ្ឋាន ឧបសម្ព័ន្ធ និងហត្ថលេខា។</translation>
    </message>
    <message>
        <source>Attendance list of a meeting</source>
        <translation>បញ្ជីវត្តមាននៃកិច្ចប្រជុំមួយ</translation>
    </message>
    <message>
        <source>The members on one meeting&apos;s attendance list, present, absent or excused, with a column to sign and the totals by sex: an annex of the minutes.</source>
        <translation>សមាជិកក្នុងបញ្ជីវត្តមាននៃកិច្ចប្រជុំមួយ ដែលមានវត្តមាន អវត្តមាន ឬសុំច្បាប់ ជាមួយជួរឈរសម្រាប់ចុះហត្ថលេខា និងចំនួនសរុបតាមភេទ៖ ជាឧបសម្ព័ន្ធនៃកំណត់ហេតុប្រជុំ។</translation>
    </message>
    <message>
        <source>Participation in meetings</source>
        <translation>ការចូលរួមកិច្ចប្រជុំ</translation>
    </message>
    <message>
        <source>For each member, the meetings of a period where they were expected, present, excused or absent, and the participation rate; totals by sex.</source>
        <translation>សម្រាប់សមាជិកម្នាក់ៗ៖ កិច្ចប្រជុំក្នុងរយៈពេលមួយ ដែលគាត់ត្រូវចូលរួម មានវត្តមាន សុំច្បាប់ ឬអវត្តមាន និងអត្រាចូលរួម ព្រមទាំងចំនួនសរុបតាមភេទ។</translation>
    </message>
    <message>
        <source>The action items meetings decided that are still open, the overdue ones first, with the meeting, who and by when.</source>
        <translation>ការងារត្រូវធ្វើដែលកិច្ចប្រជុំបានសម្រេច ហើយនៅមិនទាន់រួចរាល់ ដោយដាក់ការងារហួសកាលកំណត់នៅខាងមុខ ជាមួយកិច្ចប្រជុំ អ្នកទទួលខុសត្រូវ និងកាលកំណត់។</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>អាយុ</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>ភូមិ</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>ថ្ងៃចូលជាសមាជិក</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>គណៈកម្មការ</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>សមាជិក</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>សកម្ម</translation>
    </message>
    <message>
        <source>Every member who has not left the CBO, by member number. Members who left or died are in the register but not on this list.</source>
        <translation>សមាជិកទាំងអស់ដែលមិនទាន់ចាកចេញពីសហគមន៍ តាមលំដាប់លេខសមាជិក។ សមាជិកដែលបានចាកចេញ ឬបានទទួលមរណភាព មាននៅក្នុងបញ្ជីចុះឈ្មោះសមាជិក ប៉ុន្តែមិនមាននៅក្នុងបញ្ជីនេះទេ។</translation>
    </message>
    <message>
        <source>Joined this year</source>
        <translation>ចូលជាសមាជិកក្នុងឆ្នាំនេះ</translation>
    </message>
    <message>
        <source>Members (active and inactive)</source>
        <translation>សមាជិក (សកម្ម និងអសកម្ម)</translation>
    </message>
    <message>
        <source>By age group</source>
        <translation>តាមក្រុមអាយុ</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>ក្រុមអាយុ</translation>
    </message>
    <message>
        <source>Members by age group</source>
        <translation>សមាជិកតាមក្រុមអាយុ</translation>
    </message>
    <message>
        <source>By village</source>
        <translation>តាមភូមិ</translation>
    </message>
    <message>
        <source>Villages</source>
        <translation>ភូមិនានា</translation>
    </message>
    <message>
        <source>Members by village</source>
        <translation>សមាជិកតាមភូមិ</translation>
    </message>
    <message>
        <source>By status (everyone who has joined)</source>
        <translation>តាមស្ថានភាព (អ្នកទាំងអស់ដែលធ្លាប់ចូលជាសមាជិក)</translation>
    </message>
    <message>
        <source>By year joined (everyone who has joined)</source>
        <translation>តាមឆ្នាំចូលជាសមាជិក (អ្នកទាំងអស់ដែលធ្លាប់ចូលជាសមាជិក)</translation>
    </message>
    <message>
        <source>Year joined</source>
        <translation>ឆ្នាំចូលជាសមាជិក</translation>
    </message>
    <message>
        <source>Ages are counted on the day of the report; a member whose date of birth is not known is counted by the year of birth.</source>
        <translation>អាយុត្រូវបានគណនានៅថ្ងៃនៃរបាយការណ៍។ សមាជិកដែលមិនដឹងថ្ងៃខែឆ្នាំកំណើត ត្រូវបានគណនាតាមឆ្នាំកំណើត។</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>តួនាទី</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>ចាប់ពី</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>រហូតដល់</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>កំណត់សម្គាល់</translation>
    </message>
    <message>
        <source>The committee today</source>
        <translation>គណៈកម្មការបច្ចុប្បន្ន</translation>
    </message>
    <message>
        <source>Committee members</source>
        <translation>សមាជិកគណៈកម្មការ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>ពី</translation>
    </message>
    <message>
        <source>To</source>
        <translation>ដល់</translation>
    </message>
    <message>
        <source>Why it ended</source>
        <translation>មូលហេតុនៃការបញ្ចប់</translation>
    </message>
    <message>
        <source>Every term since the first committee</source>
        <translation>អាណត្តិទាំងអស់ ចាប់តាំងពីគណៈកម្មការដំបូង</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>អាណត្តិ</translation>
    </message>
    <message>
        <source>No committee is recorded for today.</source>
        <translation>មិនមានគណៈកម្មការដែលបានកត់ត្រាសម្រាប់ថ្ងៃនេះទេ។</translation>
    </message>
    <message>
        <source>History</source>
        <translation>ប្រវត្តិ</translation>
    </message>
    <message>
        <source>No membership fee is set: nothing is due.</source>
        <translation>មិនទាន់បានកំណត់ភាគទានសមាជិកទេ៖ គ្មានអ្វីត្រូវបង់ទេ។</translation>
    </message>
    <message>
        <source>{amount} {period} from {date}</source>
        <translation>{amount} {period} ចាប់ពីថ្ងៃ {date}</translation>
    </message>
    <message>
        <source>Membership fee: {rates}.</source>
        <translation>ភាគទានសមាជិក៖ {rates}។</translation>
    </message>
    <message>
        <source>Due: the fee of every period in which the member was active. Paid: the membership fees received from the member in the cash book. Still owed: everything due since the first fee, less everything paid (a minus sign: paid ahead).</source>
        <translation>ត្រូវបង់៖ ភាគទានសមាជិកនៃរាល់រយៈពេលដែលសមាជិកនៅសកម្ម។ បានបង់៖ ភាគទានសមាជិកដែលបានទទួលពីសមាជិក ក្នុងសៀវភៅសាច់ប្រាក់។ នៅជំពាក់៖ ចំនួនទាំងអស់ដែលត្រូវបង់ ចាប់តាំងពីភាគទានសមាជិកដំបូង ដកចំនួនទាំងអស់ដែលបានបង់ (សញ្ញាដក៖ បានបង់មុន)។</translation>
    </message>
    <message>
        <source>Due in the period</source>
        <translation>ត្រូវបង់ក្នុងរយៈពេលនេះ</translation>
    </message>
    <message>
        <source>Paid in the period</source>
        <translation>បានបង់ក្នុងរយៈពេលនេះ</translation>
    </message>
    <message>
        <source>Still owed</source>
        <translation>នៅជំពាក់</translation>
    </message>
    <message>
        <source>Members who owe</source>
        <translation>សមាជិកដែលនៅជំពាក់</translation>
    </message>
    <message>
        <source>No fees were due or paid.</source>
        <translation>គ្មានភាគទានសមាជិកដែលត្រូវបង់ ឬបានបង់ទេ។</translation>
    </message>
    <message>
        <source>Member number</source>
        <translation>លេខសមាជិក</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>បានបើកចេញ</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>ការកែតម្រូវ</translation>
    </message>
    <message>
        <source>Correction: {reason}</source>
        <translation>ការកែតម្រូវ៖ {reason}</translation>
    </message>
    <message>
        <source>From the member</source>
        <translation>ពីសមាជិក</translation>
    </message>
    <message>
        <source>To the member</source>
        <translation>ឱ្យសមាជិក</translation>
    </message>
    <message>
        <source>Fees due</source>
        <translation>ភាគទានសមាជិកដែលត្រូវបង់</translation>
    </message>
    <message>
        <source>Fees paid</source>
        <translation>ភាគទានសមាជិកដែលបានបង់</translation>
    </message>
    <message>
        <source>Fees still owed</source>
        <translation>ភាគទានសមាជិកដែលនៅជំពាក់</translation>
    </message>
    <message>
        <source>Fees paid ahead</source>
        <translation>ភាគទានសមាជិកដែលបានបង់មុន</translation>
    </message>
    <message>
        <source>Membership fees on {date}</source>
        <translation>ភាគទានសមាជិក នៅថ្ងៃ {date}</translation>
    </message>
    <message>
        <source>No money was received from or paid to this member in the period.</source>
        <translation>គ្មានប្រាក់ដែលបានទទួលពី ឬបានបង់ឱ្យសមាជិកនេះ ក្នុងរយៈពេលនេះទេ។</translation>
    </message>
    <message>
        <source>No money was received from or paid to members in the period.</source>
        <translation>គ្មានប្រាក់ដែលបានទទួលពី ឬបានបង់ឱ្យសមាជិក ក្នុងរយៈពេលនេះទេ។</translation>
    </message>
    <message>
        <source>Statement of member {number}: {name}</source>
        <translation>របាយការណ៍គណនីសមាជិក {number}៖ {name}</translation>
    </message>
    <message>
        <source>Member list</source>
        <translation>បញ្ជីឈ្មោះសមាជិក</translation>
    </message>
    <message>
        <source>Every member who has not left, with sex, age, village, join date, status and committee position; without personal details.</source>
        <translation>សមាជិកទាំងអស់ដែលមិនទាន់ចាកចេញ ជាមួយភេទ អាយុ ភូមិ ថ្ងៃចូលជាសមាជិក ស្ថានភាព និងតួនាទីក្នុងគណៈកម្មការ ដោយគ្មានព័ត៌មានផ្ទាល់ខ្លួន។</translation>
    </message>
    <message>
        <source>Membership statistics</source>
        <translation>ស្ថិតិសមាជិកភាព</translation>
    </message>
    <message>
        <source>Members on a day by sex, age group, village, status and year joined.</source>
        <translation>សមាជិកនៅថ្ងៃណាមួយ តាមភេទ ក្រុមអាយុ ភូមិ ស្ថានភាព និងឆ្នាំចូលជាសមាជិក។</translation>
    </message>
    <message>
        <source>Contributions paid and due</source>
        <translation>វិភាគទានដែលបានបង់ និងត្រូវបង់</translation>
    </message>
    <message>
        <source>Membership fees due and paid in a period by each member, and what each still owes.</source>
        <translation>ភាគទានសមាជិកដែលសមាជិកម្នាក់ៗត្រូវបង់ និងបានបង់ ក្នុងរយៈពេលមួយ និងចំនួនដែលម្នាក់ៗនៅជំពាក់។</translation>
    </message>
    <message>
        <source>Member&apos;s statement</source>
        <translation>របាយការណ៍គណនីសមាជិក</translation>
    </message>
    <message>
        <source>Every cash-book entry linked to a member in a period, and their membership fees; without a member, the statement of every member with entries in the period.</source>
        <translation>រាល់ប្រតិបត្តិការក្នុងសៀវភៅសាច់ប្រាក់ ដែលភ្ជាប់ទៅសមាជិកម្នាក់ ក្នុងរយៈពេលមួយ និងភាគទានសមាជិករបស់គាត់។ បើមិនជ្រើសរើសសមាជិក គឺជារបាយការណ៍គណនីរបស់សមាជិកទាំងអស់ ដែលមានប្រតិបត្តិការក្នុងរយៈពេលនោះ។</translation>
    </message>
    <message>
        <source>Committee list</source>
        <translation>បញ្ជីគណៈកម្មការ</translation>
    </message>
    <message>
        <source>The committee today with its positions and terms, and every term before.</source>
        <translation>គណៈកម្មការបច្ចុប្បន្ន ជាមួយតួនាទី និងអាណត្តិ ព្រមទាំងអាណត្តិទាំងអស់ពីមុន។</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>ទំព័រ %1 នៃ %2</translation>
    </message>
    <message>
        <source>Generated %1 by %2</source>
        <translation>បង្កើតនៅ %1 ដោយ %2</translation>
    </message>
    <message>
        <source>Book fingerprint</source>
        <translation>លេខកូដផ្ទៀងផ្ទាត់សៀវភៅ</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>ឈ្មោះ៖</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>កាលបរិច្ឆេទ៖</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>សង្ខេប</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>តារាង</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>ក្រាហ្វិក</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>រយៈពេល</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>បង្កើតនៅ</translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation>បង្កើតដោយ</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>ហត្ថលេខា</translation>
    </message>
    <message>
        <source>See the sheet “{sheet}”</source>
        <translation>សូមមើលសន្លឹក «{sheet}»</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>ទំព័រ {page} នៃ {pages}</translation>
    </message>
    <message>
        <source>Fiscal year {year}</source>
        <translation>ឆ្នាំហិរញ្ញវត្ថុ {year}</translation>
    </message>
    <message>
        <source>There is no activity plan for {year} yet. Make it on the Plans page.</source>
        <translation>មិនទាន់មានផែនការសកម្មភាពសម្រាប់ {year} នៅឡើយទេ។ សូមបង្កើតវានៅទំព័រ «ផែនការ»។</translation>
    </message>
    <message>
        <source>The plan has no activities yet.</source>
        <translation>ផែនការនេះមិនទាន់មានសកម្មភាពនៅឡើយទេ។</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>ទិន្នន័យ​មូលដ្ឋាន</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>គោលដៅ</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>សម្រេចបាន</translation>
    </message>
    <message>
        <source>% achieved</source>
        <translation>% សម្រេចបាន</translation>
    </message>
    <message>
        <source>Activities outside the goals</source>
        <translation>សកម្មភាពក្រៅគោលបំណង</translation>
    </message>
    <message>
        <source>Goal {code}</source>
        <translation>គោលបំណង {code}</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>គោលបំណង</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>សកម្មភាព</translation>
    </message>
    <message>
        <source>Ch.</source>
        <translation>ជំពូក</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>អ្នកទទួលខុសត្រូវ</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>ប្រភពថវិកា</translation>
    </message>
    <message>
        <source>Shaded: a planned month. {mark} on a darker shade: something happened in a planned month (a monitoring record or a cash-book entry); {mark} on amber: it happened in a month that was not planned. Ch.: the chapter of the guideline the activity serves.</source>
        <translation>ក្រឡាពណ៌ស្រាល៖ ខែដែលបានគ្រោងទុក។ {mark} លើពណ៌ចាស់ជាង៖ មានសកម្មភាពកើតឡើងក្នុងខែដែលបានគ្រោងទុក (កំណត់ត្រាតាមដាន ឬប្រតិបត្តិការក្នុងសៀវភៅសាច់ប្រាក់)។ {mark} លើពណ៌លឿងទុំ៖ មានសកម្មភាពកើតឡើងក្នុងខែដែលមិនបានគ្រោងទុក។ ជំពូក៖ ជំពូកនៃគោលការណ៍ណែនាំ ដែលសកម្មភាពនេះឆ្លើយតប។</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>ផែនការ</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>សកម្មភាព</translation>
    </message>
    <message>
        <source>Budget in {currency}</source>
        <translation>ថវិកាជា {currency}</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>មិនទាន់</translation>
    </message>
    <message>
        <source>{amount}, from {source}</source>
        <translation>{amount} ពី {source}</translation>
    </message>
    <message>
        <source>Objective or expected result</source>
        <translation>វត្ថុបំណង ឬលទ្ធផលរំពឹងទុក</translation>
    </message>
    <message>
        <source>Guideline chapter</source>
        <translation>ជំពូកនៃគោលការណ៍ណែនាំ</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>អ្នកទទួលខុសត្រូវ</translation>
    </message>
    <message>
        <source>Monitoring person</source>
        <translation>អ្នកតាមដាន</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>ទីកន្លែង</translation>
    </message>
    <message>
        <source>Planned dates</source>
        <translation>កាលបរិច្ឆេទគ្រោងទុក</translation>
    </message>
    <message>
        <source>Actual dates</source>
        <translation>កាលបរិច្ឆេទអនុវត្តជាក់ស្ដែង</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>ធនធានចាំបាច់</translation>
    </message>
    <message>
        <source>Budget and source</source>
        <translation>ថវិកា និងប្រភព</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>អ្នកចូលរួម</translation>
    </message>
    <message>
        <source>{women} women, {men} men, {total} in all</source>
        <translation>ស្ត្រី {women} នាក់ បុរស {men} នាក់ សរុប {total} នាក់</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>សូចនាករ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>ឯកតា</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>សូចនាករ</translation>
    </message>
    <message>
        <source>Achieved: for people counted, the sum over the monitoring records; otherwise the latest value recorded.</source>
        <translation>សម្រេចបាន៖ សម្រាប់ការរាប់មនុស្ស គឺជាផលបូកពីកំណត់ត្រាតាមដានទាំងអស់ បើមិនដូច្នោះទេ គឺជាតម្លៃចុងក្រោយដែលបានកត់ត្រា។</translation>
    </message>
    <message>
        <source>No indicators are set for this activity.</source>
        <translation>មិនទាន់បានកំណត់សូចនាករសម្រាប់សកម្មភាពនេះទេ។</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>រូបិយប័ណ្ណ</translation>
    </message>
    <message>
        <source>Actual cost</source>
        <translation>ចំណាយជាក់ស្ដែង</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>នៅសល់</translation>
    </message>
    <message>
        <source>% spent</source>
        <translation>% បានចំណាយ</translation>
    </message>
    <message>
        <source>Budget and actual cost</source>
        <translation>ថវិកា និងចំណាយជាក់ស្ដែង</translation>
    </message>
    <message>
        <source>Actual cost: the cash-book payments linked to the activity, less their reversals. Riel and dollars are never added together.</source>
        <translation>ចំណាយជាក់ស្ដែង៖ ការចំណាយក្នុងសៀវភៅសាច់ប្រាក់ ដែលភ្ជាប់នឹងសកម្មភាពនេះ ដកការបញ្ច្រាសរបស់វា។ ប្រាក់រៀល និងដុល្លារ មិនត្រូវបានបូកបញ្ចូលគ្នាឡើយ។</translation>
    </message>
    <message>
        <source>Monitored by</source>
        <translation>តាមដានដោយ</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>វឌ្ឍនភាព</translation>
    </message>
    <message>
        <source>Quality and problems</source>
        <translation>គុណភាព និងបញ្ហា</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>ការតាមដាន</translation>
    </message>
    <message>
        <source>No monitoring has been recorded for this activity yet.</source>
        <translation>មិនទាន់មានការតាមដានណាមួយត្រូវបានកត់ត្រាសម្រាប់សកម្មភាពនេះនៅឡើយទេ។</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>លទ្ធផល</translation>
    </message>
    <message>
        <source>Problems and quality</source>
        <translation>បញ្ហា និងគុណភាព</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>មេរៀនដែលទទួលបាន</translation>
    </message>
    <message>
        <source>Next steps and recommendations</source>
        <translation>ជំហានបន្ទាប់ និងអនុសាសន៍</translation>
    </message>
    <message>
        <source>Not written yet.</source>
        <translation>មិនទាន់បានសរសេរ។</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>ការពិនិត្យឡើងវិញ</translation>
    </message>
    <message>
        <source>M&amp;E form: {activity}</source>
        <translation>ទម្រង់តាមដាន និងវាយតម្លៃ៖ {activity}</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>ភាពញឹកញាប់</translation>
    </message>
    <message>
        <source>Achieved: for indicators that count people, the sum over the monitoring records (women and men apart); for the others, the latest value recorded. % achieved: achieved as a share of the target.</source>
        <translation>សម្រេចបាន៖ សម្រាប់សូចនាករដែលរាប់មនុស្ស គឺជាផលបូកពីកំណត់ត្រាតាមដានទាំងអស់ (ស្ត្រី និងបុរសដាច់ដោយឡែកពីគ្នា)។ សម្រាប់សូចនាករផ្សេងទៀត គឺជាតម្លៃចុងក្រោយដែលបានកត់ត្រា។ % សម្រេចបាន៖ ចំនួនដែលសម្រេចបាន គិតជាភាគរយនៃគោលដៅ។</translation>
    </message>
    <message>
        <source>Target reached</source>
        <translation>សម្រេចបានគោលដៅ</translation>
    </message>
    <message>
        <source>Not measured yet</source>
        <translation>មិនទាន់បានវាស់វែង</translation>
    </message>
    <message>
        <source>Achieved against the target (the target is 100%)</source>
        <translation>លទ្ធផលសម្រេចបាន ធៀបនឹងគោលដៅ (គោលដៅស្មើនឹង 100%)</translation>
    </message>
    <message>
        <source>No indicators are set in this plan.</source>
        <translation>មិនទាន់បានកំណត់សូចនាករក្នុងផែនការនេះទេ។</translation>
    </message>
    <message>
        <source>Monitoring records</source>
        <translation>កំណត់ត្រាតាមដាន</translation>
    </message>
    <message>
        <source>% women</source>
        <translation>% ស្ត្រី</translation>
    </message>
    <message>
        <source>Participants as written in each monitoring record, added up per activity: a person who took part twice is counted twice.</source>
        <translation>អ្នកចូលរួម ដូចដែលបានសរសេរក្នុងកំណត់ត្រាតាមដាននីមួយៗ បូកបញ្ចូលគ្នាតាមសកម្មភាព៖ អ្នកដែលបានចូលរួមពីរដង ត្រូវបានរាប់ពីរដង។</translation>
    </message>
    <message>
        <source>Participants by activity</source>
        <translation>អ្នកចូលរួមតាមសកម្មភាព</translation>
    </message>
    <message>
        <source>Actual cost: the cash-book payments linked to each activity, less their reversals. Riel and dollars are kept apart: money spent in the other currency than the budget&apos;s is shown in that currency&apos;s table, without a budget.</source>
        <translation>ចំណាយជាក់ស្ដែង៖ ការចំណាយក្នុងសៀវភៅសាច់ប្រាក់ ដែលភ្ជាប់នឹងសកម្មភាពនីមួយៗ ដកការបញ្ច្រាសរបស់វា។ ប្រាក់រៀល និងដុល្លារ ត្រូវបានរក្សាដាច់ដោយឡែកពីគ្នា៖ ប្រាក់ដែលបានចំណាយជារូបិយប័ណ្ណផ្សេងពីរូបិយប័ណ្ណនៃថវិកា ត្រូវបានបង្ហាញក្នុងតារាងនៃរូបិយប័ណ្ណនោះ ដោយគ្មានថវិកា។</translation>
    </message>
    <message>
        <source>Greyed: spent in {currency} on an activity budgeted in the other currency.</source>
        <translation>ជួរពណ៌ប្រផេះ៖ បានចំណាយជា {currency} លើសកម្មភាពដែលមានថវិកាជារូបិយប័ណ្ណមួយទៀត។</translation>
    </message>
    <message>
        <source>Activity plan</source>
        <translation>ផែនការសកម្មភាព</translation>
    </message>
    <message>
        <source>The year&apos;s activities as a month grid: planned months, the months something happened, responsible person, budget, funding source and status.</source>
        <translation>សកម្មភាពប្រចាំឆ្នាំ ជាតារាងតាមខែ៖ ខែដែលបានគ្រោងទុក ខែដែលមានសកម្មភាពកើតឡើង អ្នកទទួលខុសត្រូវ ថវិកា ប្រភពថវិកា និងស្ថានភាព។</translation>
    </message>
    <message>
        <source>M&amp;E form on the activity plan</source>
        <translation>ទម្រង់តាមដាន និងវាយតម្លៃលើផែនការសកម្មភាព</translation>
    </message>
    <message>
        <source>The Monitoring and Evaluation form of Annex 6 for one activity, or for each activity of the year: objective, dates, indicators, budget and actual cost, participants, problems, lessons and next steps.</source>
        <translation>ទម្រង់តាមដាន និងវាយតម្លៃ នៃឧបសម្ព័ន្ធទី 6 សម្រាប់សកម្មភាពមួយ ឬសម្រាប់សកម្មភាពនីមួយៗនៃឆ្នាំ៖ វត្ថុបំណង កាលបរិច្ឆេទ សូចនាករ ថវិកា និងចំណាយជាក់ស្ដែង អ្នកចូលរួម បញ្ហា មេរៀន និងជំហានបន្ទាប់។</translation>
    </message>
    <message>
        <source>Indicators: targets and achievements</source>
        <translation>សូចនាករ៖ គោលដៅ និងលទ្ធផលសម្រេចបាន</translation>
    </message>
    <message>
        <source>Every indicator of the year&apos;s activities with its baseline, target and what was achieved, by sex where it counts people, with a chart.</source>
        <translation>សូចនាករនីមួយៗនៃសកម្មភាពប្រចាំឆ្នាំ ជាមួយទិន្នន័យមូលដ្ឋាន គោលដៅ និងលទ្ធផលដែលសម្រេចបាន តាមភេទ សម្រាប់សូចនាករដែលរាប់មនុស្ស ព្រមទាំងក្រាហ្វិក។</translation>
    </message>
    <message>
        <source>Participation by sex</source>
        <translation>ការចូលរួមតាមភេទ</translation>
    </message>
    <message>
        <source>Participants in each activity by sex, from the monitoring records, with the share of women.</source>
        <translation>អ្នកចូលរួមក្នុងសកម្មភាពនីមួយៗ តាមភេទ ពីកំណត់ត្រាតាមដាន ជាមួយភាគរយនៃស្ត្រី។</translation>
    </message>
    <message>
        <source>Activity budget against actual</source>
        <translation>ថវិកាសកម្មភាពធៀបនឹងចំណាយជាក់ស្ដែង</translation>
    </message>
    <message>
        <source>Each activity&apos;s budget against what was paid for it in the cash book, riel and dollars apart.</source>
        <translation>ថវិកានៃសកម្មភាពនីមួយៗ ធៀបនឹងប្រាក់ដែលបានចំណាយសម្រាប់សកម្មភាពនោះ ក្នុងសៀវភៅសាច់ប្រាក់ ដោយបែងចែករៀល និងដុល្លារដាច់ពីគ្នា។</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>Administrator</source>
        <translation>អ្នកគ្រប់គ្រង</translation>
    </message>
    <message>
        <source>Chair / committee</source>
        <translation>ប្រធាន / គណៈកម្មការ</translation>
    </message>
    <message>
        <source>Treasurer</source>
        <translation>ហិរញ្ញិក</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>លេខាធិការ</translation>
    </message>
    <message>
        <source>M&amp;E focal person</source>
        <translation>បុគ្គលបង្គោលតាមដាន និងវាយតម្លៃ (M&amp;E)</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>អ្នកមើល</translation>
    </message>
</context>
</TS>
