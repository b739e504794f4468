<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>DialogPrompter</name>
    <message>
        <location filename="../../ui/document/prompter.cpp" line="12"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/document/prompter.cpp" line="12"/>
        <source>%1 has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/document/prompter.cpp" line="26"/>
        <source>Restore unsaved edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/document/prompter.cpp" line="33"/>
        <source>Open LiteLLM config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/document/prompter.cpp" line="34"/>
        <source>LiteLLM config (*.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/document/prompter.cpp" line="39"/>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/document/prompter.cpp" line="44"/>
        <source>File changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/document/prompter.cpp" line="45"/>
        <source>%1 was changed by another program since it was opened. Overwrite it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brc::ui::DeploymentEditor</name>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="94"/>
        <source>Model name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="96"/>
        <source>LiteLLM model string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="100"/>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="102"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="125"/>
        <source>default (LiteLLM decides)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="132"/>
        <source>Model &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="133"/>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="135"/>
        <source>R&amp;oute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="136"/>
        <source>Re&amp;gion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="139"/>
        <source>Credentials (environment references)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="147"/>
        <source>Environment variable for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="149"/>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="259"/>
        <source>variable name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="169"/>
        <source>Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="171"/>
        <source>Requests per minute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="172"/>
        <source>Tokens per minute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="173"/>
        <source>Timeout (s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="174"/>
        <source>Max tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="252"/>
        <source>literal value in the file (hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="253"/>
        <source>The file holds a literal value here. Type a variable name to replace it by an os.environ/ reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="282"/>
        <source>✓ %1 route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="293"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/deploymenteditor.cpp" line="295"/>
        <source> (+%n more)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="301"/>
        <source>No aws_region_name: the region comes from the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="303"/>
        <source>&quot;%1&quot; is not an AWS region Bedrock runs in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="316"/>
        <source>Rename to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="344"/>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="344"/>
        <source>Set %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brc::ui::DeploymentTableModel</name>
    <message>
        <location filename="../../ui/modellist/deploymenttablemodel.cpp" line="139"/>
        <source>Model name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/modellist/deploymenttablemodel.cpp" line="141"/>
        <source>LiteLLM model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/modellist/deploymenttablemodel.cpp" line="143"/>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/modellist/deploymenttablemodel.cpp" line="145"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/modellist/deploymenttablemodel.cpp" line="147"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/modellist/deploymenttablemodel.cpp" line="149"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brc::ui::ExportDialog</name>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="41"/>
        <source>Export config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="43"/>
        <source>Export format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="44"/>
        <source>LiteLLM YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="45"/>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="46"/>
        <source>Kubernetes ConfigMap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="47"/>
        <source>.env template (names only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="49"/>
        <source>Export file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="55"/>
        <source>Difference between the file on disk and the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="59"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="65"/>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="66"/>
        <source>Choose export file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="78"/>
        <source>Lint: no errors or warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="79"/>
        <source>Lint: %1, %2. The export writes the config as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export/exportdialog.cpp" line="80"/>
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export/exportdialog.cpp" line="80"/>
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="83"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="84"/>
        <source>F&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="88"/>
        <source>Changes to the file on disk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="153"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="174"/>
        <source>(no file yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="183"/>
        <source>export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="184"/>
        <source>The file on disk already holds exactly this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="185"/>
        <source>Choose a file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="186"/>
        <source>%1 line(s) added, %2 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="198"/>
        <source>Not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="201"/>
        <source>Written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brc::ui::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="89"/>
        <source>Deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="95"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="121"/>
        <source>%n deployment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="141"/>
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="142"/>
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="143"/>
        <source>%n info</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="176"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="179"/>
        <source>Open a LiteLLM proxy config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="188"/>
        <source>Open &amp;Sample Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="196"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="201"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="206"/>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="436"/>
        <source>LiteLLM config (*.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="212"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="217"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="223"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="227"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="232"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="237"/>
        <source>Apply All Safe &amp;Fixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="241"/>
        <source>&amp;About Bedrock Route Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="245"/>
        <source>About Bedrock Route Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="246"/>
        <source>&lt;p&gt;&lt;b&gt;Bedrock Route Console&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;See how a LiteLLM proxy routes each Bedrock model string, fix what it gets wrong, and export a clean config.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="254"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="257"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="267"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="280"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="283"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="287"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="339"/>
        <source>the sample config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="342"/>
        <source>The console closed with unsaved edits to %1 (%2). Restore them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="365"/>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="365"/>
        <source>sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="401"/>
        <source>Cannot open config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="401"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="411"/>
        <source>Restore unsaved edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="415"/>
        <source>Cannot restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="418"/>
        <source>Showing the bundled sample config. Save As to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="419"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="450"/>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="456"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="473"/>
        <source>The sample config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="508"/>
        <source>sample-config.yaml (sample)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="508"/>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="512"/>
        <source>Bedrock Route Console — %1[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="546"/>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="567"/>
        <source>Cannot write the recovery file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brc::ui::ModelListPanel</name>
    <message>
        <location filename="../../ui/modellist/modellistpanel.cpp" line="57"/>
        <source>&amp;Add deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/modellist/modellistpanel.cpp" line="58"/>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/modellist/modellistpanel.cpp" line="59"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/modellist/modellistpanel.cpp" line="65"/>
        <source>Filter by name, model, route, region, provider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/modellist/modellistpanel.cpp" line="67"/>
        <source>Filter deployments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/modellist/modellistpanel.cpp" line="71"/>
        <source>Deployments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/modellist/modellistpanel.cpp" line="196"/>
        <source>new-model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/modellist/modellistpanel.cpp" line="200"/>
        <source>Add deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/modellist/modellistpanel.cpp" line="222"/>
        <source>Duplicate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/modellist/modellistpanel.cpp" line="222"/>
        <source>Duplicate %n deployments</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/modellist/modellistpanel.cpp" line="246"/>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/modellist/modellistpanel.cpp" line="246"/>
        <source>Delete %n deployments</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brc::ui::ProblemsModel</name>
    <message>
        <location filename="../../ui/problems/problemsmodel.cpp" line="57"/>
        <source>%1 — %2 (line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/problems/problemsmodel.cpp" line="61"/>
        <source>Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problems/problemsmodel.cpp" line="126"/>
        <source>%n finding(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/problems/problemsmodel.cpp" line="152"/>
        <source>%1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/problems/problemsmodel.cpp" line="159"/>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/problems/problemsmodel.cpp" line="161"/>
        <source>(store the secret first: this fix replaces it by a reference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/problems/problemsmodel.cpp" line="186"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/problems/problemsmodel.cpp" line="188"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/problems/problemsmodel.cpp" line="190"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brc::ui::ProblemsPanel</name>
    <message>
        <location filename="../../ui/problems/problemspanel.cpp" line="28"/>
        <source>Apply &amp;fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/problems/problemspanel.cpp" line="29"/>
        <source>Apply all safe fi&amp;xes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/problems/problemspanel.cpp" line="30"/>
        <location filename="../../ui/problems/problemspanel.cpp" line="138"/>
        <source>Apply fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/problems/problemspanel.cpp" line="36"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problems/problemspanel.cpp" line="111"/>
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problems/problemspanel.cpp" line="112"/>
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problems/problemspanel.cpp" line="113"/>
        <source>%n info</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/problems/problemspanel.cpp" line="135"/>
        <source>Apply fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/problems/problemspanel.cpp" line="158"/>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problems/problemspanel.cpp" line="174"/>
        <source>Apply %n fix(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brc::ui::RouteBreakdownPanel</name>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="95"/>
        <source>LiteLLM %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="99"/>
        <source>LiteLLM version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="101"/>
        <source>Model string to break down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="102"/>
        <source>Type any model string, e.g. bedrock/invoke/eu.amazon.nova-micro-v1:0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="107"/>
        <source>Model string segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="113"/>
        <source>&amp;Model string:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="117"/>
        <source>&amp;Read as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="122"/>
        <source>LiteLLM view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="135"/>
        <source>Route:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="136"/>
        <source>Config class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="137"/>
        <source>Invoke provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="138"/>
        <source>Model id sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="139"/>
        <source>Path model id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="140"/>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="163"/>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="141"/>
        <source>URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="142"/>
        <source>Streaming URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="143"/>
        <source>Error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="145"/>
        <source>AWS view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="159"/>
        <source>Model id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="160"/>
        <source>Provider / family:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="161"/>
        <source>Geo prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="162"/>
        <source>ARN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="164"/>
        <source>Converse:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="165"/>
        <source>ConverseStream:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="166"/>
        <source>InvokeModel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="167"/>
        <source>InvokeModel stream:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="168"/>
        <source>Catalog:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="271"/>
        <source>&lt;i&gt;Select a deployment or type a model string.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="290"/>
        <source>not Bedrock: LiteLLM sends this to the %1 provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="293"/>
        <source>%1 (LiteLLM %2): the call fails, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="296"/>
        <source>%1 (LiteLLM %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="298"/>
        <source>rejected by LiteLLM %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="305"/>
        <source>%1 (from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="318"/>
        <source>spec %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="322"/>
        <source>&quot;%1.&quot; is not a Bedrock geo prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="324"/>
        <source>none (in-region call)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="327"/>
        <source>%1 in %2, account %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="334"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="341"/>
        <source>context window %1 tokens, max output %2 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="344"/>
        <source>needs an inference profile (geo prefix) for on-demand calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="345"/>
        <source>not in LiteLLM&apos;s model map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="358"/>
        <source>No findings for this string.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brc::ui::RouteSummary</name>
    <message>
        <location filename="../../ui/modellist/routesummary.cpp" line="33"/>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/modellist/routesummary.cpp" line="37"/>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/console/main.cpp" line="113"/>
        <source>See how a LiteLLM proxy routes each AWS Bedrock model of a config, fix it, and export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/console/main.cpp" line="118"/>
        <source>The LiteLLM config to open (default: a sample).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/console/main.cpp" line="120"/>
        <source>Open CONFIG, print startup_ms at the first paint of the filled list, and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/console/main.cpp" line="124"/>
        <source>Save a PNG of the window once it shows its config, and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/console/main.cpp" line="128"/>
        <source>Read routes as this LiteLLM version (1.81, 1.53).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
