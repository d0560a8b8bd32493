<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>mfapolicy::AboutDialog</name>
    <message numerus="yes">
        <source>AWS managed policies: %n policies from the %1, version %2 (%3 licence), the newest published on %4.</source>
        <translation>
            <numerusform>AWS managed policies: %n policy from the %1, version %2 (%3 licence), the newest published on %4.</numerusform>
            <numerusform>AWS managed policies: %n policies from the %1, version %2 (%3 licence), the newest published on %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mfapolicy::AccountCommand</name>
    <message numerus="yes">
        <source>, %n role(s) (not analysed)</source>
        <translation>
            <numerusform>, %n role (not analysed)</numerusform>
            <numerusform>, %n roles (not analysed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s): %1</source>
        <translation>
            <numerusform>%n user: %1</numerusform>
            <numerusform>%n users: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n corrected policy document(s), apply.sh, rollback.sh and summary.md.</source>
        <translation>
            <numerusform>Wrote %1: %n corrected policy document, apply.sh, rollback.sh and summary.md.</numerusform>
            <numerusform>Wrote %1: %n corrected policy documents, apply.sh, rollback.sh and summary.md.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mfapolicy::AccountFixFolder</name>
    <message numerus="yes">
        <source>%n user(s) can enroll a virtual MFA device with a name of their own again: %1.</source>
        <translation>
            <numerusform>%n user can enroll a virtual MFA device with a name of their own again: %1.</numerusform>
            <numerusform>%n users can enroll a virtual MFA device with a name of their own again: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mfapolicy::AccountGroupModel</name>
    <message numerus="yes">
        <source>%n member(s): %1</source>
        <translation>
            <numerusform>%n member: %1</numerusform>
            <numerusform>%n members: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mfapolicy::AccountLive</name>
    <message numerus="yes">
        <source>Fetched %n user(s).</source>
        <translation>
            <numerusform>Fetched %n user.</numerusform>
            <numerusform>Fetched %n users.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s) cannot be read and are skipped</source>
        <translation>
            <numerusform>%1: %n line cannot be read and is skipped</numerusform>
            <numerusform>%1: %n lines cannot be read and are skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mfapolicy::AccountTexts</name>
    <message numerus="yes">
        <source>Account %1: %n user(s)</source>
        <translation>
            <numerusform>Account %1: %n user</numerusform>
            <numerusform>Account %1: %n users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mfapolicy::AccountUserDetails</name>
    <message numerus="yes">
        <source>%n problem(s) in the dump: the answers cover what could be read.</source>
        <translation>
            <numerusform>%n problem in the dump: the answers cover what could be read.</numerusform>
            <numerusform>%n problems in the dump: the answers cover what could be read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more: the details of each user list its own.</source>
        <translation>
            <numerusform>and %n more: the details of each user list its own.</numerusform>
            <numerusform>and %n more: the details of each user list its own.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s): %1</source>
        <translation>
            <numerusform>%n member: %1</numerusform>
            <numerusform>%n members: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reaches %n user(s): %1</source>
        <translation>
            <numerusform>Reaches %n user: %1</numerusform>
            <numerusform>Reaches %n users: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mfapolicy::AccountWindow</name>
    <message numerus="yes">
        <source>%1 of %n user(s)</source>
        <translation>
            <numerusform>%1 of %n user</numerusform>
            <numerusform>%1 of %n users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mfapolicy::ApplyDialog</name>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %n policy(ies) of AWS account %1 through the AWS CLI profile %2?</source>
        <translation>
            <numerusform>Change %n policy of AWS account %1 through the AWS CLI profile %2?</numerusform>
            <numerusform>Change %n policies of AWS account %1 through the AWS CLI profile %2?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>What changes for users (%n user(s) affected):</source>
        <translation>
            <numerusform>What changes for users (%n user affected):</numerusform>
            <numerusform>What changes for users (%n users affected):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mfapolicy::ApplyLogWindow</name>
    <message numerus="yes">
        <source>%1 (%n line(s) cannot be read and are left out)</source>
        <translation>
            <numerusform>%1 (%n line cannot be read and is left out)</numerusform>
            <numerusform>%1 (%n lines cannot be read and are left out)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mfapolicy::AwsManagedPolicyDialog</name>
    <message numerus="yes">
        <source>Search %n policies</source>
        <translation>
            <numerusform>Search %n policy</numerusform>
            <numerusform>Search %n policies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mfapolicy::ComparisonWidget</name>
    <message numerus="yes">
        <source>%n cell(s) of the decision matrix change.</source>
        <translation>
            <numerusform>%n cell of the decision matrix changes.</numerusform>
            <numerusform>%n cells of the decision matrix change.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mfapolicy::DocumentManager</name>
    <message numerus="yes">
        <source>%n policies have unsaved changes:

%1

Save all of them, or discard all their changes?</source>
        <translation>
            <numerusform>%n policy has unsaved changes:

%1

Save all of them, or discard all their changes?</numerusform>
            <numerusform>%n policies have unsaved changes:

%1

Save all of them, or discard all their changes?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mfapolicy::ExportDialog</name>
    <message numerus="yes">
        <source>%n slide(s), 16:9 pages.</source>
        <translation>
            <numerusform>%n slide, a 16:9 page.</numerusform>
            <numerusform>%n slides, 16:9 pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slide(s) of 1920 × 1080 pixels; from the second on, each is saved beside the first with -2, -3, … added to its name.</source>
        <translation>
            <numerusform>%n slide of 1920 × 1080 pixels.</numerusform>
            <numerusform>%n slides of 1920 × 1080 pixels; from the second on, each is saved beside the first with -2, -3, … added to its name.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mfapolicy::FindBar</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mfapolicy::FindingsFormatter</name>
    <message numerus="yes">
        <source>No findings in %n file(s).
</source>
        <translation>
            <numerusform>No findings in %n file.
</numerusform>
            <numerusform>No findings in %n files.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n security warning(s)</source>
        <translation>
            <numerusform>%n security warning</numerusform>
            <numerusform>%n security warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n suggestion</numerusform>
            <numerusform>%n suggestions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mfapolicy::FixAllDialog</name>
    <message numerus="yes">
        <source>%n policy document(s) corrected with the default migration (the device resource any name may take, nothing else widened).</source>
        <translation>
            <numerusform>%n policy document corrected with the default migration (the device resource any name may take, nothing else widened).</numerusform>
            <numerusform>%n policy documents corrected with the default migration (the device resource any name may take, nothing else widened).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reaches %n user(s): %1</source>
        <translation>
            <numerusform>Reaches %n user: %1</numerusform>
            <numerusform>Reaches %n users: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n corrected policy document(s), apply.sh, rollback.sh and summary.md. Review the documents, then run apply.sh with the AWS CLI&apos;s options for the account.</source>
        <translation>
            <numerusform>Wrote %1: %n corrected policy document, apply.sh, rollback.sh and summary.md. Review the documents, then run apply.sh with the AWS CLI&apos;s options for the account.</numerusform>
            <numerusform>Wrote %1: %n corrected policy documents, apply.sh, rollback.sh and summary.md. Review the documents, then run apply.sh with the AWS CLI&apos;s options for the account.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mfapolicy::MainWindow</name>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mfapolicy::MatrixNotice</name>
    <message numerus="yes">
        <source>The matrix leaves out or only partly evaluates %n statement(s) with errors (see the findings): %1. Its decisions may differ from what IAM would decide for the corrected policy.</source>
        <translation>
            <numerusform>The matrix leaves out or only partly evaluates %n statement with errors (see the findings): %1. Its decisions may differ from what IAM would decide for the corrected policy.</numerusform>
            <numerusform>The matrix leaves out or only partly evaluates %n statements with errors (see the findings): %1. Its decisions may differ from what IAM would decide for the corrected policy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) ago</source>
        <translation>
            <numerusform>%n second ago</numerusform>
            <numerusform>%n seconds ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mfapolicy::MatrixPane</name>
    <message numerus="yes">
        <source>%n identity-based policies</source>
        <translation>
            <numerusform>%n identity-based policy</numerusform>
            <numerusform>%n identity-based policies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SCPs at %n level(s)</source>
        <translation>
            <numerusform>SCPs at %n level</numerusform>
            <numerusform>SCPs at %n levels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mfapolicy::PolicyTab</name>
    <message numerus="yes">
        <source>Invalid JSON (%n error(s))</source>
        <translation>
            <numerusform>Invalid JSON (%n error)</numerusform>
            <numerusform>Invalid JSON (%n errors)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mfapolicy::ScenarioPage</name>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
</context>
</TS>
