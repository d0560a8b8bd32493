<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>mfapolicy::AccountCommand</name>
    <message numerus="yes">
        <source>Account %1: %n user(s)</source>
        <translation>
            <numerusform>Account %1: %n user</numerusform>
            <numerusform>Account %1: %n users</numerusform>
        </translation>
    </message>
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
    <name>mfapolicy::PolicyTab</name>
    <message numerus="yes">
        <source>Invalid JSON (%n error(s))</source>
        <translation>
            <numerusform>Invalid JSON (%n error)</numerusform>
            <numerusform>Invalid JSON (%n errors)</numerusform>
        </translation>
    </message>
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
