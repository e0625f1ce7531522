<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km_KH">
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
    <name>FirstRunWizard</name>
    <message>
        <source>CBO Desk – first start</source>
        <translation>CBO Desk – ការចាប់ផ្ដើមលើកដំបូង</translation>
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
    <name>MainWindow</name>
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
    <name>SettingsDialog</name>
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
    <name>WelcomePage</name>
    <message>
        <source>Welcome to CBO Desk</source>
        <translation>សូមស្វាគមន៍មកកាន់ CBO Desk</translation>
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
    <name>cashbook</name>
    <message>
        <source>Cash box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation type="unfinished"></translation>
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
        <source>The phone number should have 9 or 10 digits, for example 012 345 678.</source>
        <translation>លេខទូរស័ព្ទគួរមាន 9 ឬ 10 ខ្ទង់ ឧទាហរណ៍ 012 345 678។</translation>
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
        <source>The amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date is in the future. Record money on the day it moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date is before the account was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month is closed for this account: its cash was counted and signed. Record the money with today&apos;s date and explain it in the description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limit cannot be less than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the account a name, for example &quot;Cash – riel&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of account: cash box, bank or mobile money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opening balance must be in the account&apos;s currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opening balance cannot be less than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another account already has this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account can be closed only when its balance is zero. Move the money to another account first (a transfer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose income or expense.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the category a name in English or in Khmer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the fund a name, for example the grant&apos;s title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose receipt or payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the account the money went into or out of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be in the account&apos;s currency ({currency}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This category is no longer used; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an income category for a receipt and an expense category for a payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a fund from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not that much money in this cash box. Check the amount, or record the money that came in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write who was paid: every payment needs a payee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the account the money leaves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the account the money goes to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount received must be in the currency of the account it goes to ({currency}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transfer between accounts of one currency moves the same amount out and in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the exchange rate used (riel for one dollar).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write why this entry is reversed; members and auditors will read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reversal cannot be reversed. Record the money again as a new entry instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry was reversed already.</source>
        <translation type="unfinished"></translation>
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
