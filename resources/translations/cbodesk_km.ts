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
        <source>A reversal cannot be dated before the entry it corrects.</source>
        <translation>ការបញ្ច្រាសមិនអាចមានកាលបរិច្ឆេទមុនប្រតិបត្តិការដែលវាកែតម្រូវបានទេ។</translation>
    </message>
    <message>
        <source>Choose the fiscal year.</source>
        <translation>សូមជ្រើសរើសឆ្នាំហិរញ្ញវត្ថុ។</translation>
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
