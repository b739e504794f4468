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
        <location filename="../../ui/document/prompter.cpp" line="27"/>
        <source>Restore unsaved edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/document/prompter.cpp" line="34"/>
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
        <location filename="../../ui/editor/deploymenteditor.cpp" line="102"/>
        <source>Model name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="104"/>
        <source>LiteLLM model string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="108"/>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="110"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="133"/>
        <source>default (LiteLLM decides)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="139"/>
        <source>Model &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="140"/>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="142"/>
        <source>R&amp;oute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="143"/>
        <source>Re&amp;gion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="146"/>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="151"/>
        <source>Credential source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="152"/>
        <source>Environment references (os.environ/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="153"/>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="155"/>
        <source>Keychain profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="158"/>
        <source>profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="163"/>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="164"/>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="171"/>
        <source>Environment variable for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="173"/>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="407"/>
        <source>variable name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="197"/>
        <source>Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="199"/>
        <source>Requests per minute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="200"/>
        <source>Tokens per minute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="200"/>
        <source>Timeout (s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="201"/>
        <source>Max tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="220"/>
        <source>model_info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="221"/>
        <source>model_info keys and values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="222"/>
        <source>Other litellm_params</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="223"/>
        <source>Other litellm_params keys and values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="236"/>
        <source>Deployment form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="320"/>
        <source>No keychain profiles yet: add one under Credentials, or with bedrock-route credentials add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="322"/>
        <source>Choose the profile whose keys the keychain holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="326"/>
        <source>&quot;%1&quot; is not a keychain profile of this console; LiteLLM reads it as an AWS shared-config profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="332"/>
        <source>The key, secret and tokens come from the keychain profile; the file names it only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="349"/>
        <source>Use keychain profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="349"/>
        <source>Use environment references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="399"/>
        <source>literal value in the file (hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="401"/>
        <source>The file holds a literal value here. Type a variable name to replace it by an os.environ/ reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="437"/>
        <source>✓ %1 route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="448"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/deploymenteditor.cpp" line="449"/>
        <source> (+%n more)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="455"/>
        <source>No aws_region_name: the region comes from the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="457"/>
        <source>&quot;%1&quot; is not an AWS region Bedrock runs in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="470"/>
        <source>Rename to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="498"/>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/deploymenteditor.cpp" line="498"/>
        <source>Set %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brc::ui::DeploymentTableModel</name>
    <message>
        <location filename="../../ui/modellist/deploymenttablemodel.cpp" line="158"/>
        <source>Model name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/modellist/deploymenttablemodel.cpp" line="160"/>
        <source>LiteLLM model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/modellist/deploymenttablemodel.cpp" line="162"/>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/modellist/deploymenttablemodel.cpp" line="164"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/modellist/deploymenttablemodel.cpp" line="166"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/modellist/deploymenttablemodel.cpp" line="168"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brc::ui::ExportDialog</name>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="40"/>
        <source>Export config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="42"/>
        <source>Export format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="43"/>
        <source>LiteLLM YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="44"/>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="45"/>
        <source>Kubernetes ConfigMap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="46"/>
        <source>.env template (names only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="48"/>
        <source>Export file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="54"/>
        <source>Difference between the file on disk and the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="58"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="64"/>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="65"/>
        <source>Choose export file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="77"/>
        <source>Lint: no errors or warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="78"/>
        <source>Lint: %1, %2. The export writes the config as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export/exportdialog.cpp" line="79"/>
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export/exportdialog.cpp" line="79"/>
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="82"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="83"/>
        <source>F&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="87"/>
        <source>Changes to the file on disk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="152"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="173"/>
        <source>(no file yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="182"/>
        <source>export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="183"/>
        <source>The file on disk already holds exactly this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="184"/>
        <source>Choose a file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="185"/>
        <source>%1 line(s) added, %2 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="197"/>
        <source>Not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="200"/>
        <source>Written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brc::ui::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="97"/>
        <source>Deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="103"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="129"/>
        <source>%n deployment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="147"/>
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="148"/>
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="148"/>
        <source>%n info</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="180"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="183"/>
        <source>Open a LiteLLM proxy config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="192"/>
        <source>Open &amp;Sample Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="200"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="205"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="210"/>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="439"/>
        <source>LiteLLM config (*.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="216"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="221"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="227"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="231"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="236"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="241"/>
        <source>Apply All Safe &amp;Fixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="245"/>
        <source>&amp;About Bedrock Route Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="249"/>
        <source>About Bedrock Route Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="250"/>
        <source>&lt;p&gt;&lt;b&gt;Bedrock Route Console&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;See how a LiteLLM proxy routes each Bedrock model string, fix what it gets wrong, and export a clean config.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="258"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="261"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="271"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="284"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="287"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="291"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="343"/>
        <source>the sample config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="346"/>
        <source>The console closed with unsaved edits to %1 (%2). Restore them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="369"/>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="369"/>
        <source>sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="405"/>
        <source>Cannot open config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="405"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="415"/>
        <source>Restore unsaved edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="419"/>
        <source>Cannot restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="423"/>
        <source>Showing the bundled sample config. Save As to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="423"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="453"/>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="459"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="477"/>
        <source>The sample config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="511"/>
        <source>sample-config.yaml (sample)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="511"/>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="515"/>
        <source>Bedrock Route Console — %1[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="549"/>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="571"/>
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
        <location filename="../../ui/modellist/modellistpanel.cpp" line="60"/>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/modellist/modellistpanel.cpp" line="61"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/modellist/modellistpanel.cpp" line="67"/>
        <source>Filter by name, model, route, region, provider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/modellist/modellistpanel.cpp" line="69"/>
        <source>Filter deployments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/modellist/modellistpanel.cpp" line="73"/>
        <source>Deployments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/modellist/modellistpanel.cpp" line="254"/>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/modellist/modellistpanel.cpp" line="254"/>
        <source>Move %n deployments</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/modellist/modellistpanel.cpp" line="282"/>
        <source>new-model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/modellist/modellistpanel.cpp" line="286"/>
        <source>Add deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/modellist/modellistpanel.cpp" line="306"/>
        <source>Duplicate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/modellist/modellistpanel.cpp" line="307"/>
        <source>Duplicate %n deployments</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/modellist/modellistpanel.cpp" line="331"/>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/modellist/modellistpanel.cpp" line="331"/>
        <source>Delete %n deployments</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brc::ui::ParamTableModel</name>
    <message>
        <location filename="../../ui/editor/paramtablemodel.cpp" line="113"/>
        <source>(new key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/paramtablemodel.cpp" line="118"/>
        <source>(a list or mapping)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/paramtablemodel.cpp" line="122"/>
        <source>Type a key here to add it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/paramtablemodel.cpp" line="144"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/paramtablemodel.cpp" line="146"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/paramtablemodel.cpp" line="170"/>
        <source>A key is a letter or _ followed by letters, digits, _, . or -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/paramtablemodel.cpp" line="173"/>
        <source>%1 is a credential: set it in the Credentials section, as a reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/paramtablemodel.cpp" line="176"/>
        <source>%1 has its own field in the form above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/paramtablemodel.cpp" line="180"/>
        <source>%1 is already set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/paramtablemodel.cpp" line="191"/>
        <source>%1 takes a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/paramtablemodel.cpp" line="195"/>
        <source>%1 is not a key LiteLLM&apos;s Bedrock provider is known to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/paramtablemodel.cpp" line="233"/>
        <source>Set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/paramtablemodel.cpp" line="245"/>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/paramtablemodel.cpp" line="255"/>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/paramtablemodel.cpp" line="260"/>
        <source>Rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/paramtablemodel.cpp" line="265"/>
        <source>%1 comes from a merge key (&lt;&lt;): rename it where it is defined.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brc::ui::ProblemsModel</name>
    <message>
        <location filename="../../ui/problems/problemsmodel.cpp" line="59"/>
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
        <location filename="../../ui/problems/problemspanel.cpp" line="27"/>
        <source>Apply &amp;fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/problems/problemspanel.cpp" line="28"/>
        <source>Apply all safe fi&amp;xes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/problems/problemspanel.cpp" line="29"/>
        <location filename="../../ui/problems/problemspanel.cpp" line="135"/>
        <source>Apply fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/problems/problemspanel.cpp" line="35"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problems/problemspanel.cpp" line="108"/>
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problems/problemspanel.cpp" line="109"/>
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problems/problemspanel.cpp" line="110"/>
        <source>%n info</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/problems/problemspanel.cpp" line="132"/>
        <source>Apply fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/problems/problemspanel.cpp" line="154"/>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problems/problemspanel.cpp" line="168"/>
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
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="111"/>
        <source>LiteLLM %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="115"/>
        <source>LiteLLM version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="117"/>
        <source>Model string to break down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="118"/>
        <source>Type any model string, e.g. bedrock/invoke/eu.amazon.nova-micro-v1:0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="123"/>
        <source>Model string segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="129"/>
        <source>&amp;Model string:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="133"/>
        <source>&amp;Read as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="138"/>
        <source>LiteLLM view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="150"/>
        <source>Route:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="151"/>
        <source>Config class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="152"/>
        <source>Invoke provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="153"/>
        <source>Model id sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="154"/>
        <source>Path model id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="155"/>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="177"/>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="156"/>
        <source>URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="157"/>
        <source>Streaming URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="158"/>
        <source>Error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="160"/>
        <source>AWS view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="173"/>
        <source>Model id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="174"/>
        <source>Provider / family:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="175"/>
        <source>Geo prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="176"/>
        <source>ARN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="178"/>
        <source>Converse:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="179"/>
        <source>ConverseStream:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="180"/>
        <source>InvokeModel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="181"/>
        <source>InvokeModel stream:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="182"/>
        <source>Catalog:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="195"/>
        <source>Route breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="279"/>
        <source>&lt;i&gt;Select a deployment or type a model string.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="298"/>
        <source>not Bedrock: LiteLLM sends this to the %1 provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="301"/>
        <source>%1 (LiteLLM %2): the call fails, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="304"/>
        <source>%1 (LiteLLM %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="306"/>
        <source>rejected by LiteLLM %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="314"/>
        <source>%1 (from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="327"/>
        <source>spec %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="331"/>
        <source>&quot;%1.&quot; is not a Bedrock geo prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="333"/>
        <source>none (in-region call)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="337"/>
        <source>%1 in %2, account %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="344"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="352"/>
        <source>context window %1 tokens, max output %2 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="356"/>
        <source>needs an inference profile (geo prefix) for on-demand calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="357"/>
        <source>not in LiteLLM&apos;s model map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/breakdown/routebreakdownpanel.cpp" line="372"/>
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
        <location filename="../../app/console/main.cpp" line="114"/>
        <source>See how a LiteLLM proxy routes each AWS Bedrock model of a config, fix it, and export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/console/main.cpp" line="119"/>
        <source>The LiteLLM config to open (default: a sample).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/console/main.cpp" line="121"/>
        <source>Open CONFIG, print startup_ms at the first paint of the filled list, and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/console/main.cpp" line="126"/>
        <source>Save a PNG of the window once it shows its config, and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/console/main.cpp" line="131"/>
        <source>Read routes as this LiteLLM version (1.81, 1.53).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/console/main.cpp" line="134"/>
        <source>Use a light or dark palette instead of the desktop&apos;s (light, dark).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
