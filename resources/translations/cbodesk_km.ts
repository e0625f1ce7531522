<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km_KH">
<context>
    <name>AppController</name>
    <message>
        <source>Open a CBO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CBO files (*%s);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily backup could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up to which folder or USB stick?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was written to:
%s

Keep the USB stick in a safe place, away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore which backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CBO Desk backups (*%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore into which new CBO file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CBO files (*%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of “%(name)s” made on %(when)s is complete and correct.

Restoring it replaces the data in
%(target)s
with the data of the backup. The current file is kept beside it, so nothing is lost.

Restore now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file it replaced was kept as:
%s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About CBO Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;CBO Desk %s&lt;/h3&gt;&lt;p&gt;Members, meetings, cash book and activity plans of a community-based organisation, in line with the Guideline of Good Practices of CBOs Operating in Cambodia.&lt;/p&gt;&lt;p&gt;Fonts: Noto Sans and Noto Sans Khmer, SIL Open Font License 1.1.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BugDialog</name>
    <message>
        <source>Sorry, something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorry: CBO Desk met a problem it did not expect. What you saved before is safe. If it happens again, press &quot;Copy details&quot; and send the text to your supporting NGO or to the makers of CBO Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>CBO Desk – first start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a CBO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CBO files (*%s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeeperPage</name>
    <message>
        <source>Who keeps the file, and where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the CBO file as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CBO files (*%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the CBO file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person who keeps this CBO&apos;s file becomes its administrator. Their name is written in the log of every change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the CBO &amp;file as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it on this computer&apos;s own disk, not on a USB stick or a shared folder. Use File → Back up to… to copy it to a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <source>The log is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s – CBO Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CBO: %s  ·  %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: %s (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page “%s” has changes that are not saved yet. Save them now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CBO Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New CBO…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;estore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language and settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CBO Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a picture CBO Desk can read. Choose a PNG or JPEG picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the CBO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in &amp;Khmer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acronym:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commune:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Founded on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiscal &amp;year starts in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currencies used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Riel (៛)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;US dollars ($)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Organisation profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the CBO is, where it is and how it is registered (guideline chapter 1). Reports print the names and the logo from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileWizardPage</name>
    <message>
        <source>Your CBO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name in Khmer or in English is enough to start; you can complete the rest later on the profile page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Folder for automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language and settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of the app:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write numbers with &amp;Khmer digits (១២៣)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the CBO when it is closed and once a &amp;day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept: one a day for 7 days, one a week for 4 weeks, one a month for 12 months.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to CBO Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CBO Desk keeps your CBO&apos;s members, meetings, money and plans in one file on this computer, in line with the Guideline of Good Practices of CBOs. What would you like to do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create my CBO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your CBO&apos;s name and address; this takes two minutes. You can change everything later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo CBO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A made-up community fishery to try the app and learn, without touching real data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a CBO file I already have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example a file copied from another computer or a USB stick (it ends in .cbodesk).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalogue</name>
    <message>
        <source>Legalization and institutional development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication, cooperation and networking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership and membership management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accountability and transparency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participatory implementation, monitoring and evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy and sustainability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community fishery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community forestry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agriculture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Savings group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water and sanitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not registered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ministry of Interior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line ministry (e.g. Fisheries Administration, MAFF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>December</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Enter a date, for example 14/03/2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a date. Type day/month/year, for example 14/03/2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a day of the calendar. Check the day and the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount, for example {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not an amount. Type only digits, for example {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” has a comma or space in the wrong place. Group digits by three (1,234,500) and use a point for cents (12.50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” has decimals, but riel amounts are whole numbers. Type it without a decimal point, for example {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” has too many digits after the point: {currency} amounts have at most {digits}, for example {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is in another currency. Type the amount in {currency}, for example {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is too large for an amount. Check the number of digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} may not do this. Ask the chair or the administrator of the CBO to do it, or to give you the role it needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} changed the profile after you opened it. Your changes were not saved; reload the page to see theirs, then make your changes again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the name of the person who keeps this CBO&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a CBO Desk backup. Choose a backup file, whose name ends in .cbobackup. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {path} is damaged and cannot be restored. Nothing was changed. Choose another backup: an older one, or a copy kept on another USB stick or computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {path} was made by a newer CBO Desk. Install the newest CBO Desk to restore it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup cannot be saved in {folder}: the folder is missing or cannot be written to (for example a USB stick that was removed or is locked). Choose another folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file named {path} already exists. Choose another name; CBO Desk never overwrites a file when it creates a CBO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CBO file {path} comes from an older CBO Desk and must be upgraded first; open it in the app to upgrade it (a backup is made first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {where} already holds tables. A new CBO needs an empty database; ask the administrator of the server to create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a CBO Desk file. Choose a file that ends in .cbodesk, or a backup file to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CBO file {path} is damaged and cannot be opened safely. Nothing was changed. Restore it from a backup (File → Restore…), or ask your supporting NGO for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CBO file {path} cannot be changed: the file or its folder is read-only (for example a CD, a locked USB stick or a protected folder). Copy it to your Documents folder and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space (empty the recycle bin, delete old downloads), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CBO file {path} is already open in another CBO Desk window ({holder}). Close it there first: two windows writing one file at once could damage it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CBO file {path} was saved by a newer CBO Desk (data version {found}; this CBO Desk knows up to {supported}). Install the newest CBO Desk to open it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the shared CBO database {where}. Check the network cable or Wi-Fi, the server address, the user name and the password, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the name of the CBO in Khmer, in English, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The acronym is too long: at most 20 letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the sector of the CBO from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the province from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who registered the CBO from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the registration number written on the registration letter, or choose &quot;Not registered yet&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date is in the future. Check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CBO cannot be registered before it was founded. Check both dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the month the fiscal year starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one currency: riel, dollars or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number should have 9 or 10 digits, for example 012 345 678.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This e-mail address is not complete, for example name@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo picture is too large; choose a smaller picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CBO Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair / committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treasurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;E focal person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
