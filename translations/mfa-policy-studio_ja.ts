<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AccountWindow</name>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>検索(&amp;F):</translation>
    </message>
    <message>
        <source>User, path or group</source>
        <translation>ユーザー、パス、グループ</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>回答(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>グループ(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>ユーザー(&amp;U)</translation>
    </message>
    <message>
        <source>G&amp;roups</source>
        <translation>グループ(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Policies</source>
        <translation>ポリシー(&amp;P)</translation>
    </message>
    <message>
        <source>Open &amp;Principal</source>
        <translation>プリンシパルを開く(&amp;P)</translation>
    </message>
    <message>
        <source>Fi&amp;x All…</source>
        <translation>すべて修正(&amp;X)…</translation>
    </message>
    <message>
        <source>Correct every policy that allows only devices named like the user, see what changes for whom, and write the fix folder</source>
        <translation>ユーザー名と同じ名前のデバイスだけを許可するポリシーをすべて修正し、誰にとって何が変わるかを確認して、修正フォルダーを書き出します</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <source>Compare Policies</source>
        <translation>ポリシーの比較</translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation>比較対象(&amp;W):</translation>
    </message>
    <message>
        <source>The policy shown as &quot;before&quot;; the current document is &quot;after&quot;</source>
        <translation>&quot;変更前&quot; として表示するポリシー。現在のドキュメントが &quot;変更後&quot; になります</translation>
    </message>
</context>
<context>
    <name>ComparisonWidget</name>
    <message>
        <source>&amp;Changed cells:</source>
        <translation>変更されたセル(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Text diff:</source>
        <translation>テキストの差分(&amp;T):</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F):</translation>
    </message>
    <message>
        <source>Policy &amp;name:</source>
        <translation>ポリシー名(&amp;N):</translation>
    </message>
    <message>
        <source>The name of the managed policy in the command and templates</source>
        <translation>コマンドとテンプレートで使う管理ポリシーの名前</translation>
    </message>
    <message>
        <source>Image &amp;size:</source>
        <translation>画像サイズ(&amp;S):</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>クリップボードにコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Policy &amp;ARN:</source>
        <translation>ポリシー ARN(&amp;A):</translation>
    </message>
    <message>
        <source>The managed policy that create-policy-version gives a new version; empty leaves the account id to the shell variable AWS_ACCOUNT_ID</source>
        <translation>create-policy-version で新しいバージョンを作成する管理ポリシー。空の場合、アカウント ID はシェル変数 AWS_ACCOUNT_ID に任せます</translation>
    </message>
    <message>
        <source>&amp;User or group:</source>
        <translation>ユーザーまたはグループ(&amp;U):</translation>
    </message>
    <message>
        <source>The user (put-user-policy) or group (put-group-policy) the inline policy is put on; empty leaves it to the shell variable IAM_USER_NAME or IAM_GROUP_NAME</source>
        <translation>インラインポリシーを設定するユーザー (put-user-policy) またはグループ (put-group-policy)。空の場合はシェル変数 IAM_USER_NAME または IAM_GROUP_NAME に任せます</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find:</source>
        <translation>検索:</translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation>検索するテキスト</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>前を検索</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>前へ</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>次を検索</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>大文字と小文字を区別</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>検索バーを閉じる</translation>
    </message>
    <message>
        <source>✕</source>
        <translation>✕</translation>
    </message>
    <message>
        <source>Replace:</source>
        <translation>置換:</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>置換後のテキスト</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>置換</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>すべて置換</translation>
    </message>
    <message>
        <source>Go to line:</source>
        <translation>行へ移動:</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>移動</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>MFA Policy Studio</source>
        <translation>MFA Policy Studio</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>テンプレートから新規作成(&amp;T)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Policy</source>
        <translation>ポリシー(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <source>Start a new, empty policy</source>
        <translation>空のポリシーを新しく作成します</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a policy file</source>
        <translation>ポリシーファイルを開きます</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the policy</source>
        <translation>ポリシーを保存します</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the policy under a new name</source>
        <translation>ポリシーを新しい名前で保存します</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Close the current policy</source>
        <translation>現在のポリシーを閉じます</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit the studio</source>
        <translation>Studio を終了します</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>切り取り(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <source>Find text in the policy</source>
        <translation>ポリシー内のテキストを検索します</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>置換(&amp;E)…</translation>
    </message>
    <message>
        <source>Find and replace text</source>
        <translation>テキストを検索して置換します</translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation>行へ移動(&amp;G)…</translation>
    </message>
    <message>
        <source>Move the cursor to a line</source>
        <translation>カーソルを指定した行へ移動します</translation>
    </message>
    <message>
        <source>&amp;Migrate…</source>
        <translation>移行(&amp;M)…</translation>
    </message>
    <message>
        <source>Review and apply the migration to the current AWS example</source>
        <translation>現行の AWS の例に合わせた移行を確認して適用します</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>チェック(&amp;C)</translation>
    </message>
    <message>
        <source>Check the policy and show its findings</source>
        <translation>ポリシーをチェックして検出結果を表示します</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the policy, matrix or findings</source>
        <translation>ポリシー、マトリックス、検出結果をエクスポートします</translation>
    </message>
    <message>
        <source>C&amp;ompare…</source>
        <translation>比較(&amp;O)…</translation>
    </message>
    <message>
        <source>Compare two policies cell by cell</source>
        <translation>2 つのポリシーをセルごとに比較します</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>設定(&amp;T)…</translation>
    </message>
    <message>
        <source>Change the studio&apos;s settings</source>
        <translation>Studio の設定を変更します</translation>
    </message>
    <message>
        <source>&amp;About MFA Policy Studio</source>
        <translation>MFA Policy Studio について(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Enrollment &amp;Scenario</source>
        <translation>登録シナリオ(&amp;S)</translation>
    </message>
    <message>
        <source>Simulate the console&apos;s MFA enrollment step by step</source>
        <translation>コンソールでの MFA 登録をステップごとにシミュレートします</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>プレゼンテーションモード(&amp;P)</translation>
    </message>
    <message>
        <source>Full screen, large text and high-contrast colours for teaching; Esc leaves</source>
        <translation>研修向けの全画面表示、大きな文字、高コントラストの配色。Esc で終了します</translation>
    </message>
    <message>
        <source>&amp;Print Matrix…</source>
        <translation>マトリックスを印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the decision matrix with its legend and findings</source>
        <translation>決定マトリックスを凡例と検出結果とともに印刷します</translation>
    </message>
</context>
<context>
    <name>MigrationDialog</name>
    <message>
        <source>Migrate Policy</source>
        <translation>ポリシーの移行</translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation>変更:</translation>
    </message>
    <message>
        <source>Text changes</source>
        <translation>テキストの変更</translation>
    </message>
    <message>
        <source>Matrix cells that change</source>
        <translation>変化するマトリックスのセル</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>リソース</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>サインイン方法</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>変更後</translation>
    </message>
</context>
<context>
    <name>PolicyTab</name>
    <message>
        <source>Show:</source>
        <translation>表示:</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>すべての行</translation>
    </message>
    <message>
        <source>Only rows that differ</source>
        <translation>差のある行のみ</translation>
    </message>
    <message>
        <source>Only MFA actions</source>
        <translation>MFA アクションのみ</translation>
    </message>
    <message>
        <source>Apply quick fix</source>
        <translation>クイックフィックスを適用</translation>
    </message>
    <message>
        <source>Cancel Analysis</source>
        <translation>分析をキャンセル</translation>
    </message>
</context>
<context>
    <name>ScenarioPage</name>
    <message>
        <source>&amp;Flow:</source>
        <translation>フロー(&amp;F):</translation>
    </message>
    <message>
        <source>The enrollment the user goes through</source>
        <translation>ユーザーが行う登録の手順</translation>
    </message>
    <message>
        <source>&amp;Device name:</source>
        <translation>デバイス名(&amp;D):</translation>
    </message>
    <message>
        <source>The name the user types in the Assign MFA device dialog</source>
        <translation>ユーザーが [MFA デバイスの割り当て] ダイアログで入力する名前</translation>
    </message>
    <message>
        <source>&amp;Signed in with:</source>
        <translation>サインイン方法(&amp;S):</translation>
    </message>
    <message>
        <source>The user &amp;already has an MFA device</source>
        <translation>MFA デバイス割り当て済み(&amp;A)</translation>
    </message>
    <message>
        <source>AWS error &amp;message for the current step:</source>
        <translation>現在のステップの AWS エラーメッセージ(&amp;M):</translation>
    </message>
    <message>
        <source>The call is allowed: AWS returns no error.</source>
        <translation>この呼び出しは許可されます。AWS はエラーを返しません。</translation>
    </message>
    <message>
        <source>Copy the exact AWS message to the clipboard</source>
        <translation>AWS のメッセージをそのままクリップボードにコピーします</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Previous step (Page Up)</source>
        <translation>前のステップ (Page Up)</translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation>前のステップ(&amp;P)</translation>
    </message>
    <message>
        <source>Next step (Page Down)</source>
        <translation>次のステップ (Page Down)</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>次のステップ(&amp;N)</translation>
    </message>
    <message>
        <source>Save the scenario as a handout: picture, PDF, web page or Markdown</source>
        <translation>シナリオを配布資料として保存します: 画像、PDF、Web ページ、Markdown</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>エクスポート(&amp;X)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Size quota:</source>
        <translation>サイズのクォータ:</translation>
    </message>
    <message>
        <source>Managed policy (6,144 characters)</source>
        <translation>管理ポリシー (6,144 文字)</translation>
    </message>
    <message>
        <source>Inline policy of a user (2,048 characters)</source>
        <translation>ユーザーのインラインポリシー (2,048 文字)</translation>
    </message>
    <message>
        <source>Inline policy of a group (5,120 characters)</source>
        <translation>グループのインラインポリシー (5,120 文字)</translation>
    </message>
    <message>
        <source>Inline policy of a role (10,240 characters)</source>
        <translation>ロールのインラインポリシー (10,240 文字)</translation>
    </message>
    <message>
        <source>Keep a recovery copy every:</source>
        <translation>復旧用コピーを保存する間隔:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Reopen the open files on the next start</source>
        <translation>次回の起動時に開いていたファイルを再び開く</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>The language of the studio; it changes at once, without a restart</source>
        <translation>Studio の言語。再起動せずにすぐに切り替わります</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>テーマ(&amp;T):</translation>
    </message>
    <message>
        <source>Light or dark colours for the whole studio: windows, matrix, editor and diff</source>
        <translation>スタジオ全体 (ウィンドウ、マトリックス、エディター、差分) の明るい配色または暗い配色</translation>
    </message>
    <message>
        <source>Editor &amp;font:</source>
        <translation>エディターのフォント(&amp;F):</translation>
    </message>
    <message>
        <source>The font of the policy editors; Ctrl+Plus and Ctrl+Minus still zoom</source>
        <translation>ポリシーエディターのフォント。Ctrl+プラスと Ctrl+マイナスでの拡大・縮小もそのまま使えます</translation>
    </message>
    <message>
        <source>Editor font size</source>
        <translation>エディターのフォントサイズ</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>既定(&amp;D)</translation>
    </message>
    <message>
        <source>The system&apos;s fixed-width font</source>
        <translation>システムの等幅フォント</translation>
    </message>
</context>
<context>
    <name>mfapolicy::AboutDialog</name>
    <message>
        <source>About MFA Policy Studio</source>
        <translation>MFA Policy Studio について</translation>
    </message>
    <message numerus="yes">
        <source>AWS managed policies: %n policies from the %1, version %2 (%3 licence), the newest published on %4.</source>
        <translation>
            <numerusform>AWS 管理ポリシー: %1 のバージョン %2 (%3 ライセンス) の %n 件。最新のものは %4 に公開。</numerusform>
        </translation>
    </message>
    <message>
        <source>AWS managed policies: the bundled data cannot be read (%1).</source>
        <translation>AWS 管理ポリシー: 同梱のデータを読み込めません (%1)。</translation>
    </message>
    <message>
        <source>Syntax highlighting: KSyntaxHighlighting %1 (MIT licence).</source>
        <translation>構文の強調表示: KSyntaxHighlighting %1 (MIT ライセンス)。</translation>
    </message>
    <message>
        <source>Syntax highlighting: the studio&apos;s own; this build does not use KSyntaxHighlighting.</source>
        <translation>構文の強調表示: Studio 独自のもの (このビルドは KSyntaxHighlighting を使用していません)。</translation>
    </message>
    <message>
        <source>MFA Policy Studio %1</source>
        <translation>MFA Policy Studio %1</translation>
    </message>
    <message>
        <source>Check, visualise and migrate AWS IAM policies that force multi-factor authentication: what a policy allows with an MFA session, without MFA and with long-term access keys.</source>
        <translation>多要素認証 (MFA) を強制する AWS IAM ポリシーをチェック、可視化、移行します。ポリシーが MFA セッション、MFA なし、長期のアクセスキーのそれぞれで何を許可するかを示します。</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2 (LGPL-3.0 licence).</source>
        <translation>Qt %1 でビルド、Qt %2 で実行中 (LGPL-3.0 ライセンス)。</translation>
    </message>
    <message>
        <source>Example policies from the AWS IAM User Guide (MIT-0 licence).</source>
        <translation>ポリシーの例は AWS IAM ユーザーガイドから (MIT-0 ライセンス)。</translation>
    </message>
    <message>
        <source>Copyright © 2026 the MFA Policy Studio developers. No licence to use, copy or distribute the studio has been granted yet: all rights reserved (see the LICENSE file).</source>
        <translation>Copyright © 2026 MFA ポリシースタジオの開発者。スタジオの使用・複製・配布を許可するライセンスはまだ付与されていません: 著作権はすべて開発者に帰属します (LICENSE ファイルを参照)。</translation>
    </message>
</context>
<context>
    <name>mfapolicy::AccountCommand</name>
    <message numerus="yes">
        <source>, %n role(s) (not analysed)</source>
        <translation>
            <numerusform>、ロール %n 個 (分析対象外)</numerusform>
        </translation>
    </message>
    <message>
        <source>Policies:</source>
        <translation>ポリシー:</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s): %1</source>
        <translation>
            <numerusform>ユーザー %n 人: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The device name users type (default: USER-phone).</source>
        <translation>ユーザーが入力するデバイス名 (既定: USER-phone、USER はユーザー名)。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Output of &apos;aws iam get-account-authorization-details --output json&apos;.</source>
        <translation>&apos;aws iam get-account-authorization-details --output json&apos; の出力。</translation>
    </message>
    <message>
        <source>give one account dump</source>
        <translation>アカウントのダンプを 1 つ指定してください</translation>
    </message>
    <message>
        <source>Output format: %1.</source>
        <translation>出力形式: %1。</translation>
    </message>
    <message>
        <source>Correct every policy that allows only devices named like the user.</source>
        <translation>ユーザー名と同じ名前のデバイスしか許可しないポリシーをすべて修正します。</translation>
    </message>
    <message>
        <source>With --fix: the new folder for the corrected documents, apply.sh, rollback.sh and summary.md.</source>
        <translation>--fix と併用: 修正後のドキュメント、apply.sh、rollback.sh、summary.md を書き込む新しいフォルダ。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>unknown --format %1 (%2)</source>
        <translation>不明な --format %1 (%2)</translation>
    </message>
    <message>
        <source>--fix needs -o DIR, a new folder for the corrected documents and the scripts</source>
        <translation>--fix には -o DIR (修正後のドキュメントとスクリプトを書き込む新しいフォルダ) が必要です</translation>
    </message>
    <message>
        <source>-o DIR goes with --fix</source>
        <translation>-o DIR は --fix と併用します</translation>
    </message>
    <message>
        <source>%1 cannot be read whole: no fix is made from part of an account</source>
        <translation>%1 を最後まで読み取れません: アカウントの一部だけから修正は作成しません</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n corrected policy document(s), apply.sh, rollback.sh and summary.md.</source>
        <translation>
            <numerusform>%1 に書き込みました: 修正後のポリシードキュメント %n 件、apply.sh、rollback.sh、summary.md。</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetch the account through the AWS CLI instead of reading a dump.</source>
        <translation>ダンプを読む代わりに AWS CLI でアカウントを取得します。</translation>
    </message>
    <message>
        <source>With --from-aws: the AWS CLI profile.</source>
        <translation>--from-aws と併用: AWS CLI のプロファイル。</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFILE</translation>
    </message>
    <message>
        <source>With --from-aws: the region for the AWS CLI.</source>
        <translation>--from-aws と併用: AWS CLI のリージョン。</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>REGION</translation>
    </message>
    <message>
        <source>With --from-aws: the endpoint URL for the AWS CLI (emulators, private endpoints).</source>
        <translation>--from-aws と併用: AWS CLI のエンドポイント URL (エミュレーター、プライベートエンドポイント)。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>With --from-aws --fix: show the diffs and the exact commands, change nothing.</source>
        <translation>--from-aws --fix と併用: 差分と実行するコマンドをそのまま表示し、何も変更しません。</translation>
    </message>
    <message>
        <source>Apply or roll back without asking.</source>
        <translation>確認せずに適用またはロールバックします。</translation>
    </message>
    <message>
        <source>With --apply: delete the oldest stored version of a policy that already has five, without asking.</source>
        <translation>--apply と併用: すでに 5 つのバージョンがあるポリシーの最も古い保存済みバージョンを確認せずに削除します。</translation>
    </message>
    <message>
        <source>With --from-aws: roll back the apply run RUN of the log (default: the latest).</source>
        <translation>--from-aws と併用: ログにある適用 RUN をロールバックします (既定: 最新)。</translation>
    </message>
    <message>
        <source>The apply log (default: %1).</source>
        <translation>適用ログ (既定: %1)。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>  aws iam get-account-authorization-details --output json &gt; account.json
  mfa-policy account account.json
  mfa-policy account account.json --format json
  mfa-policy account account.json --fix -o account-fix
  mfa-policy account --from-aws --profile prod
  mfa-policy account --from-aws --profile prod --fix --dry-run
  mfa-policy account --from-aws --profile prod --fix --apply
  mfa-policy account --from-aws --profile prod --rollback
</source>
        <translation>  aws iam get-account-authorization-details --output json &gt; account.json
  mfa-policy account account.json
  mfa-policy account account.json --format json
  mfa-policy account account.json --fix -o account-fix
  mfa-policy account --from-aws --profile prod
  mfa-policy account --from-aws --profile prod --fix --dry-run
  mfa-policy account --from-aws --profile prod --fix --apply
  mfa-policy account --from-aws --profile prod --rollback
</translation>
    </message>
    <message>
        <source>DUMP.json [options] | --from-aws [options]</source>
        <translation>DUMP.json [オプション] | --from-aws [オプション]</translation>
    </message>
    <message>
        <source>--%1 goes with --from-aws</source>
        <translation>--%1 は --from-aws と併用します</translation>
    </message>
    <message>
        <source>--dry-run and --apply go with --fix</source>
        <translation>--dry-run と --apply は --fix と併用します</translation>
    </message>
    <message>
        <source>give --dry-run or --apply, not both</source>
        <translation>--dry-run と --apply はどちらか一方を指定してください</translation>
    </message>
    <message>
        <source>give --fix or --rollback, not both</source>
        <translation>--fix と --rollback はどちらか一方を指定してください</translation>
    </message>
    <message>
        <source>--rollback takes at most one run</source>
        <translation>--rollback に指定できる RUN は 1 つまでです</translation>
    </message>
    <message>
        <source>--from-aws reads no dump file</source>
        <translation>--from-aws ではダンプファイルを読みません</translation>
    </message>
    <message>
        <source>--from-aws --fix needs --dry-run, --apply or -o DIR</source>
        <translation>--from-aws --fix には --dry-run、--apply、-o DIR のいずれかが必要です</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>ARN</source>
        <translation>ARN</translation>
    </message>
    <message>
        <source>Analysed</source>
        <translation>分析済み</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>デバイス名</translation>
    </message>
    <message>
        <source>Enrollment refused by</source>
        <translation>登録を拒否したもの</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 (%2 による)</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>ポリシー</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>ARN or owner</source>
        <translation>ARN または所有者</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Blocks enrollment for</source>
        <translation>登録を妨げているユーザー</translation>
    </message>
    <message>
        <source>Allows only devices named like the user</source>
        <translation>ユーザー名と同じ名前のデバイスのみ許可</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>アカウント %1</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>ポリシー</translation>
    </message>
    <message>
        <source>users cannot enroll a virtual MFA device with a name of their own because of this policy</source>
        <translation>このポリシーのため、ユーザーが任意の名前の仮想 MFA デバイスを登録できません</translation>
    </message>
    <message>
        <source>Every user&apos;s MFA posture from an account dump or the live account; fix, apply, roll back</source>
        <translation>アカウントのダンプまたは稼働中のアカウントから各ユーザーの MFA の状態を示し、修正・適用・ロールバックする</translation>
    </message>
    <message>
        <source>With --from-aws --fix: apply the corrected policies after showing the diffs and asking; Ctrl+C stops between two commands (exit status 130).</source>
        <translation>--from-aws --fix と併用: 差分を表示して確認した後、修正後のポリシーを適用します。Ctrl+C でコマンドとコマンドの間で停止します (終了ステータス 130)。</translation>
    </message>
</context>
<context>
    <name>mfapolicy::AccountDumpFile</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: ファイルがありません</translation>
    </message>
    <message>
        <source>%1: is a folder, not an account dump</source>
        <translation>%1: フォルダーです。アカウントのダンプではありません</translation>
    </message>
    <message>
        <source>%1: %2 MB is larger than any account dump this reads (1 GB)</source>
        <translation>%1: %2 MB は読み込めるアカウントのダンプの上限 (1 GB) を超えています</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: 読み込めません: %2</translation>
    </message>
</context>
<context>
    <name>mfapolicy::AccountFixFolder</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Every argument goes to each aws command, e.g. --profile NAME --region REGION --endpoint-url URL;</source>
        <translation>引数はすべて各 aws コマンドに渡されます (例: --profile NAME --region REGION --endpoint-url URL)。</translation>
    </message>
    <message>
        <source>AWS_PROFILE and the other AWS_* variables work as for aws itself; AWS_CLI names another aws program.</source>
        <translation>AWS_PROFILE などの AWS_* 変数は aws と同じく有効です。AWS_CLI で別の aws プログラムを指定できます。</translation>
    </message>
    <message>
        <source>Applies the corrected policies: a new default version of each customer managed policy, the corrected document of each inline policy.</source>
        <translation>修正後のポリシーを適用します: カスタマー管理ポリシーには新しいデフォルトバージョン、インラインポリシーには修正後のドキュメント。</translation>
    </message>
    <message>
        <source>%1: the corrected document (users: %2)</source>
        <translation>%1: 修正後のドキュメント (ユーザー: %2)</translation>
    </message>
    <message>
        <source>%1: a new default version (users: %2)</source>
        <translation>%1: 新しいデフォルトバージョン (ユーザー: %2)</translation>
    </message>
    <message>
        <source>%1 is the default version now, not %2 as in the dump: left as it is (see rollback.sh)</source>
        <translation>現在のデフォルトバージョンはダンプ時の %2 ではなく %1 です: 変更しません (rollback.sh を参照)</translation>
    </message>
    <message>
        <source>%1 already stores %2 versions, the most AWS keeps: deleting its oldest version that is not the default, %3, to make room</source>
        <translation>%1 には AWS が保持できる上限の %2 個のバージョンがあります: 空きを作るため、デフォルトでない最も古いバージョン %3 を削除します</translation>
    </message>
    <message>
        <source>Rolls back what apply.sh changed: the default version in force when the dump was taken, the inline documents kept in previous/.</source>
        <translation>apply.sh の変更を元に戻します: ダンプ取得時のデフォルトバージョンと、previous/ に保存したインラインドキュメント。</translation>
    </message>
    <message>
        <source>%1: back to the document of the dump</source>
        <translation>%1: ダンプ時のドキュメントに戻します</translation>
    </message>
    <message>
        <source>%1: back to default version %2 (the version apply.sh created stays stored)</source>
        <translation>%1: デフォルトバージョンを %2 に戻します (apply.sh が作成したバージョンは保存されたままです)</translation>
    </message>
    <message>
        <source>%1: %2: %3 → %4</source>
        <translation>%1: %2: %3 → %4</translation>
    </message>
    <message>
        <source>No user&apos;s enrollment changes.</source>
        <translation>登録できるかどうかが変わるユーザーはいません。</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) can enroll a virtual MFA device with a name of their own again: %1.</source>
        <translation>
            <numerusform>%n 人のユーザーが再び任意の名前の仮想 MFA デバイスを登録できます: %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>No other answer changes for anyone.</source>
        <translation>他に変わる回答はありません。</translation>
    </message>
    <message>
        <source>Other changes:</source>
        <translation>その他の変化:</translation>
    </message>
    <message>
        <source>Still cannot enroll with a name of their own: %1.</source>
        <translation>引き続き任意の名前では登録できません: %1。</translation>
    </message>
    <message>
        <source>Fix for account %1</source>
        <translation>アカウント %1 の修正</translation>
    </message>
    <message>
        <source>Made from %1: the default migration of every policy that allows iam:CreateVirtualMFADevice only on devices named like the user. The account was analysed again with the corrected documents.</source>
        <translation>%1 から作成: iam:CreateVirtualMFADevice をユーザー名と同じ名前のデバイスにしか許可しないポリシーすべてに既定の移行を適用しました。修正後のドキュメントでアカウントを再分析しています。</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>変わること</translation>
    </message>
    <message>
        <source>Policies changed</source>
        <translation>変更するポリシー</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>なし。</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>ポリシー</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Corrected document</source>
        <translation>修正後のドキュメント</translation>
    </message>
    <message>
        <source>Kept for rollback</source>
        <translation>ロールバック用</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>バージョン %1</translation>
    </message>
    <message>
        <source>Not changed here</source>
        <translation>ここでは変更しないもの</translation>
    </message>
    <message>
        <source>%1 (users: %2): %3</source>
        <translation>%1 (ユーザー: %2): %3</translation>
    </message>
    <message>
        <source>Users not analysed</source>
        <translation>分析できなかったユーザー</translation>
    </message>
    <message>
        <source>What the fix does for them is not known: %1.</source>
        <translation>修正による影響は不明です: %1。</translation>
    </message>
    <message>
        <source>Apply and roll back</source>
        <translation>適用とロールバック</translation>
    </message>
    <message>
        <source>Review the corrected documents, then run apply.sh with the AWS CLI&apos;s options for the account; rollback.sh goes back to what was in force when the dump was taken.</source>
        <translation>修正後のドキュメントを確認してから、アカウント用の AWS CLI オプションを付けて apply.sh を実行してください。rollback.sh はダンプ取得時の状態に戻します。</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder</source>
        <translation>%1 は存在し、フォルダではありません</translation>
    </message>
    <message>
        <source>%1 is not empty: give a new or empty folder, so that no file of another fix is mixed in</source>
        <translation>%1 は空ではありません: 別の修正のファイルが混ざらないよう、新しいフォルダか空のフォルダを指定してください</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>フォルダ %1 を作成できません</translation>
    </message>
    <message>
        <source>cannot make %1 executable</source>
        <translation>%1 を実行可能にできません</translation>
    </message>
    <message>
        <source>Made by %1 from %2 (account %3).</source>
        <translation>%1 が %2 (アカウント %3) から作成しました。</translation>
    </message>
</context>
<context>
    <name>mfapolicy::AccountGroupModel</name>
    <message numerus="yes">
        <source>%n member(s): %1</source>
        <translation>
            <numerusform>メンバー %n 人: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>not in the dump: its policies are unknown</source>
        <translation>ダンプにありません: ポリシーは不明です</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>ポリシー</translation>
    </message>
</context>
<context>
    <name>mfapolicy::AccountLive</name>
    <message>
        <source>already corrected, nothing to do</source>
        <translation>修正済みのため、何もしません</translation>
    </message>
    <message>
        <source>the default profile</source>
        <translation>デフォルトのプロファイル</translation>
    </message>
    <message>
        <source>Fetching the account through the AWS CLI (%1)...</source>
        <translation>AWS CLI でアカウントを取得しています (%1)...</translation>
    </message>
    <message>
        <source>  %1 KB received</source>
        <translation>  %1 KB 受信</translation>
    </message>
    <message>
        <source>canceled: nothing was changed</source>
        <translation>キャンセルしました: 何も変更していません</translation>
    </message>
    <message numerus="yes">
        <source>Fetched %n user(s).</source>
        <translation>
            <numerusform>ユーザー %n 人を取得しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>%1 (users: %2)</source>
        <translation>%1 (ユーザー: %2)</translation>
    </message>
    <message>
        <source>AWS already stores %1 versions of it, the most it keeps: its oldest version that is not the default, %2, would be deleted to make room</source>
        <translation>AWS が保持できる上限の %1 個のバージョンがすでにあります: 空きを作るため、デフォルトでない最も古いバージョン %2 を削除することになります</translation>
    </message>
    <message>
        <source>Commands, with the corrected documents in a temporary folder:</source>
        <translation>コマンド (修正後のドキュメントは一時フォルダに置きます):</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 に書き込みました。</translation>
    </message>
    <message>
        <source>No policy to correct.</source>
        <translation>修正するポリシーはありません。</translation>
    </message>
    <message>
        <source>What changes for users:</source>
        <translation>ユーザーにとって変わること:</translation>
    </message>
    <message>
        <source>Nothing to apply.</source>
        <translation>適用するものはありません。</translation>
    </message>
    <message>
        <source>not applied: there is no terminal to ask for confirmation (give --yes to apply without asking)</source>
        <translation>適用していません: 確認するための端末がありません (確認せずに適用するには --yes を指定)</translation>
    </message>
    <message>
        <source>Apply these changes to the account?</source>
        <translation>これらの変更をアカウントに適用しますか?</translation>
    </message>
    <message>
        <source>not applied</source>
        <translation>適用していません</translation>
    </message>
    <message>
        <source>Stored policy versions are deleted only with --allow-version-deletion: the policies that need room are left as they are.</source>
        <translation>保存済みのポリシーバージョンは --allow-version-deletion を指定したときだけ削除します: 空きが必要なポリシーはそのままにします。</translation>
    </message>
    <message>
        <source>Delete the oldest stored version of the policies above to make room?</source>
        <translation>空きを作るため、上記ポリシーの最も古い保存済みバージョンを削除しますか?</translation>
    </message>
    <message>
        <source>Recorded in %1 as run %2. To roll back: mfa-policy account --from-aws --rollback %2 (with the same --profile, --region and --endpoint-url).</source>
        <translation>%1 に RUN %2 として記録しました。ロールバック: mfa-policy account --from-aws --rollback %2 (同じ --profile、--region、--endpoint-url を指定)。</translation>
    </message>
    <message>
        <source>What changed for users:</source>
        <translation>ユーザーにとって変わったこと:</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s) cannot be read and are skipped</source>
        <translation>
            <numerusform>%1: 読み取れない %n 行をスキップしました</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 records no apply run to roll back</source>
        <translation>%1 にはロールバックできる適用の記録がありません</translation>
    </message>
    <message>
        <source>%1 records no run %2; runs: %3</source>
        <translation>%1 には RUN %2 の記録がありません。記録にある RUN: %3</translation>
    </message>
    <message>
        <source>run %1 was already rolled back at %2</source>
        <translation>RUN %1 は %2 にロールバック済みです</translation>
    </message>
    <message>
        <source>default version %1 → %2</source>
        <translation>デフォルトバージョン %1 → %2</translation>
    </message>
    <message>
        <source>deleted: it did not exist before the apply</source>
        <translation>削除: 適用前には存在しませんでした</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>適用後</translation>
    </message>
    <message>
        <source>before the apply</source>
        <translation>適用前</translation>
    </message>
    <message>
        <source>run %1 changed nothing that can be rolled back</source>
        <translation>RUN %1 にはロールバックできる変更がありません</translation>
    </message>
    <message>
        <source>not rolled back: there is no terminal to ask for confirmation (give --yes to roll back without asking)</source>
        <translation>ロールバックしていません: 確認するための端末がありません (確認せずにロールバックするには --yes を指定)</translation>
    </message>
    <message>
        <source>Roll back these policies?</source>
        <translation>これらのポリシーをロールバックしますか?</translation>
    </message>
    <message>
        <source>not rolled back</source>
        <translation>ロールバックしていません</translation>
    </message>
    <message>
        <source>rolled back and read back</source>
        <translation>ロールバックし、読み戻して確認しました</translation>
    </message>
    <message>
        <source>rolled back, but AWS returned something else</source>
        <translation>ロールバックしましたが、AWS から異なる内容が返されました</translation>
    </message>
    <message>
        <source>interrupted: stopped between two commands; the policies above marked applied are changed, the others are not.</source>
        <translation>中断しました: コマンドとコマンドの間で停止しました。上で適用済みと示したポリシーは変更され、その他は変更されていません。</translation>
    </message>
    <message>
        <source>interrupted: stopped before the first command; nothing was changed.</source>
        <translation>中断しました: 最初のコマンドの前に停止しました。何も変更していません。</translation>
    </message>
</context>
<context>
    <name>mfapolicy::AccountLoader</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: ファイルがありません</translation>
    </message>
    <message>
        <source>%1: is a folder, not an account dump</source>
        <translation>%1: フォルダーです。アカウントダンプではありません</translation>
    </message>
    <message>
        <source>%1: %2 MB is larger than any account dump this reads (1 GB)</source>
        <translation>%1: %2 MB は読み込めるアカウントダンプの上限 (1 GB) を超えています</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: 読み込めません: %2</translation>
    </message>
</context>
<context>
    <name>mfapolicy::AccountPolicyModel</name>
    <message>
        <source>boundary of user/%1</source>
        <translation>user/%1 のアクセス許可の境界</translation>
    </message>
    <message>
        <source>Users who cannot enroll a device with a name of their own because of this policy</source>
        <translation>このポリシーのために自分で名前を付けたデバイスを登録できないユーザー</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>ポリシー</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>アタッチ先</translation>
    </message>
    <message>
        <source>Users reached</source>
        <translation>対象ユーザー</translation>
    </message>
    <message>
        <source>Users blocked</source>
        <translation>妨げられるユーザー</translation>
    </message>
    <message>
        <source>Stale device resource</source>
        <translation>古いデバイスリソース</translation>
    </message>
</context>
<context>
    <name>mfapolicy::AccountTexts</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>有効な JSON ではありません: %1</translation>
    </message>
    <message>
        <source>not an account dump: there is no UserDetailList (write one with &apos;aws iam get-account-authorization-details --output json&apos;)</source>
        <translation>アカウントのダンプではありません: UserDetailList がありません (&apos;aws iam get-account-authorization-details --output json&apos; で書き出してください)</translation>
    </message>
    <message>
        <source>the dump was saved with IsTruncated: true, so users or policies may be missing; fetch it again with the AWS CLI, which reads every page</source>
        <translation>ダンプは IsTruncated: true のまま保存されているため、ユーザーやポリシーが欠けている可能性があります。すべてのページを読む AWS CLI で取得し直してください</translation>
    </message>
    <message>
        <source>the file ends in the middle: only the entries read whole are analysed</source>
        <translation>ファイルが途中で終わっています。完全に読めた項目だけを分析します</translation>
    </message>
    <message>
        <source>%1 entry %2 is cut off and left out</source>
        <translation>%1 の項目 %2 は途中で切れているため除外します</translation>
    </message>
    <message>
        <source>%1 must be a JSON %2</source>
        <translation>%1 は JSON の %2 でなければなりません</translation>
    </message>
    <message>
        <source>the document of policy %1 cannot be read</source>
        <translation>ポリシー %1 のドキュメントを読めません</translation>
    </message>
    <message>
        <source>policy %1 of user %2 is not in the dump (nor an AWS managed policy known here)</source>
        <translation>ユーザー %2 のポリシー %1 がダンプにありません (同梱の AWS 管理ポリシーにもありません)</translation>
    </message>
    <message>
        <source>group %1 of user %2 is not in the dump</source>
        <translation>ユーザー %2 のグループ %1 がダンプにありません</translation>
    </message>
    <message>
        <source>policy %1 has no default version in the dump</source>
        <translation>ポリシー %1 のデフォルトバージョンがダンプにありません</translation>
    </message>
    <message>
        <source>a service control policy</source>
        <translation>サービスコントロールポリシー</translation>
    </message>
    <message>
        <source>the permissions boundary</source>
        <translation>アクセス許可の境界</translation>
    </message>
    <message>
        <source>the identity-based policies</source>
        <translation>アイデンティティベースのポリシー</translation>
    </message>
    <message>
        <source>AWS managed</source>
        <translation>AWS 管理ポリシー</translation>
    </message>
    <message>
        <source>customer managed, version %1</source>
        <translation>カスタマー管理ポリシー、%1</translation>
    </message>
    <message>
        <source>inline in %1</source>
        <translation>%1 のインライン</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>allows iam:CreateVirtualMFADevice only on devices named like the user</source>
        <translation>iam:CreateVirtualMFADevice をユーザー名と同じ名前のデバイスにのみ許可します</translation>
    </message>
    <message>
        <source>not analysed: a statement that might decide cannot be read</source>
        <translation>分析していません: 結果を左右しうるステートメントを読めません</translation>
    </message>
    <message>
        <source>not analysed: something it depends on is missing from the dump</source>
        <translation>分析していません: 判定に必要なものがダンプにありません</translation>
    </message>
    <message>
        <source>can enroll a virtual MFA device named &quot;%1&quot; without MFA</source>
        <translation>MFA なしで「%1」という名前の仮想 MFA デバイスを登録できる</translation>
    </message>
    <message>
        <source>only a device named like the user works (the pre-November-2022 resource)</source>
        <translation>ユーザー名と同じ名前のデバイスしか登録できません (2022 年 11 月以前のリソース)</translation>
    </message>
    <message>
        <source>must sign in with MFA before anything else</source>
        <translation>ほかの操作の前に多要素認証 (MFA) でサインインする必要がある</translation>
    </message>
    <message>
        <source>long-term access keys act without MFA</source>
        <translation>長期アクセスキーが MFA なしで操作できる</translation>
    </message>
    <message>
        <source>long-term access keys can enroll a device</source>
        <translation>長期アクセスキーでデバイスを登録できる</translation>
    </message>
    <message>
        <source>sees every user name before MFA</source>
        <translation>MFA の前にすべてのユーザー名を見られる</translation>
    </message>
    <message>
        <source>can deactivate MFA without MFA</source>
        <translation>MFA なしで MFA を無効化できる</translation>
    </message>
    <message>
        <source>%1 is refused by %2: %3</source>
        <translation>%1 は%2によって拒否されます: %3</translation>
    </message>
    <message numerus="yes">
        <source>Account %1: %n user(s)</source>
        <translation>
            <numerusform>アカウント %1: ユーザー %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>can enroll a virtual MFA device with a name of one&apos;s own without MFA</source>
        <translation>MFA なしで任意の名前の仮想 MFA デバイスを登録できる</translation>
    </message>
    <message>
        <source>can enroll a virtual MFA device named like the user without MFA</source>
        <translation>MFA なしでユーザー名と同じ名前の仮想 MFA デバイスを登録できる</translation>
    </message>
    <message>
        <source>AWS managed policies cannot be changed: attach a corrected customer managed policy instead, or detach it</source>
        <translation>AWS 管理ポリシーは変更できません。代わりに修正したカスタマー管理ポリシーをアタッチするか、デタッチしてください</translation>
    </message>
    <message>
        <source>blocks enrollment with a device name of one&apos;s own for: %1</source>
        <translation>自分で付けた名前のデバイスの登録を妨げているユーザー: %1</translation>
    </message>
</context>
<context>
    <name>mfapolicy::AccountUserDetails</name>
    <message>
        <source>Refused enrollment calls</source>
        <translation>拒否される登録の呼び出し</translation>
    </message>
    <message>
        <source>Refused by %1.</source>
        <translation>%1によって拒否されます。</translation>
    </message>
    <message>
        <source>Deciding policy: %1.</source>
        <translation>決定したポリシー: %1。</translation>
    </message>
    <message>
        <source>No statement allows it.</source>
        <translation>許可するステートメントがありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the dump: the answers cover what could be read.</source>
        <translation>
            <numerusform>ダンプに %n 件の問題があります: 回答は読み込めた部分についてのものです。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more: the details of each user list its own.</source>
        <translation>
            <numerusform>ほか %n 件: 各ユーザーの詳細にそのユーザーの問題が表示されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s): %1</source>
        <translation>
            <numerusform>メンバー %n 人: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The dump does not hold this group: its policies are unknown, and its members are not analysed.</source>
        <translation>このグループはダンプにありません: ポリシーは不明で、メンバーは分析されていません。</translation>
    </message>
    <message>
        <source>No policy is attached to the group.</source>
        <translation>このグループにアタッチされたポリシーはありません。</translation>
    </message>
    <message>
        <source>Policies: %1</source>
        <translation>ポリシー: %1</translation>
    </message>
    <message>
        <source>Attached to: %1</source>
        <translation>アタッチ先: %1</translation>
    </message>
    <message>
        <source>It reaches no user of the dump.</source>
        <translation>ダンプのどのユーザーにも適用されません。</translation>
    </message>
    <message numerus="yes">
        <source>Reaches %n user(s): %1</source>
        <translation>
            <numerusform>適用されるユーザー %n 人: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mfapolicy::AccountUserFilter</name>
    <message>
        <source>Every answer</source>
        <translation>すべての回答</translation>
    </message>
    <message>
        <source>Cannot enroll a device with any name</source>
        <translation>任意の名前でデバイスを登録できない</translation>
    </message>
    <message>
        <source>Not required to sign in with MFA</source>
        <translation>MFA でのサインインが必須でない</translation>
    </message>
    <message>
        <source>Keys act without MFA</source>
        <translation>キーが MFA なしで操作できる</translation>
    </message>
    <message>
        <source>Keys can enroll a device</source>
        <translation>キーでデバイスを登録できる</translation>
    </message>
    <message>
        <source>Sees every user name before MFA</source>
        <translation>MFA の前にすべてのユーザー名を見られる</translation>
    </message>
    <message>
        <source>Can deactivate MFA without MFA</source>
        <translation>MFA なしで MFA を無効化できる</translation>
    </message>
    <message>
        <source>Not analysed</source>
        <translation>分析されていない</translation>
    </message>
</context>
<context>
    <name>mfapolicy::AccountUserModel</name>
    <message>
        <source>USER-phone</source>
        <translation>ユーザー名-phone</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Enroll
any name</source>
        <translation>任意の名前
で登録</translation>
    </message>
    <message>
        <source>Keys act
without MFA</source>
        <translation>キーが MFA
なしで操作</translation>
    </message>
    <message>
        <source>Keys can
enroll</source>
        <translation>キーで
登録</translation>
    </message>
    <message>
        <source>Sees all
users</source>
        <translation>全ユーザー
を見る</translation>
    </message>
    <message>
        <source>Deactivate
without MFA</source>
        <translation>MFA なしで
無効化</translation>
    </message>
    <message>
        <source>MFA
forced</source>
        <translation>MFA
強制</translation>
    </message>
    <message>
        <source>? unknown</source>
        <translation>? 不明</translation>
    </message>
</context>
<context>
    <name>mfapolicy::AccountWindow</name>
    <message>
        <source>Cancelled: the tables show what was there before.</source>
        <translation>キャンセルしました: 表は以前の内容のままです。</translation>
    </message>
    <message>
        <source>Open Account &amp;Dump…</source>
        <translation>アカウントダンプを開く(&amp;D)…</translation>
    </message>
    <message>
        <source>Open Account Dump</source>
        <translation>アカウントダンプを開く</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON ファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Account Dump…</source>
        <translation>アカウントダンプを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Show only the users with this answer</source>
        <translation>この回答のユーザーだけを表示します</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Account — %1</source>
        <translation>アカウント — %1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 を読み込んでいます…</translation>
    </message>
    <message>
        <source>Reading the users and policies…</source>
        <translation>ユーザーとポリシーを読み込んでいます…</translation>
    </message>
    <message>
        <source>Analysing user %1 of %2…</source>
        <translation>ユーザー %1 / %2 を分析しています…</translation>
    </message>
    <message>
        <source>Cannot open the account dump</source>
        <translation>アカウントダンプを開けません</translation>
    </message>
    <message>
        <source>Every group</source>
        <translation>すべてのグループ</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n user(s)</source>
        <translation>
            <numerusform>%1 / %n ユーザー</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a user to see its answers and every refused enrollment call.</source>
        <translation>ユーザーを選ぶと、その回答と拒否される登録の呼び出しをすべて表示します。</translation>
    </message>
    <message>
        <source>Choose a group to see its members and policies.</source>
        <translation>グループを選ぶと、そのメンバーとポリシーを表示します。</translation>
    </message>
    <message>
        <source>Choose a policy to see whom it reaches and whom it blocks.</source>
        <translation>ポリシーを選ぶと、適用されるユーザーと、登録を妨げられるユーザーを表示します。</translation>
    </message>
</context>
<context>
    <name>mfapolicy::ApplyDialog</name>
    <message>
        <source>Rolling back %1 (%2 of %3)…</source>
        <translation>%1 をロールバックしています (%3 件中 %2 件目)…</translation>
    </message>
    <message>
        <source>Roll back of run %1:</source>
        <translation>実行 %1 のロールバック:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Reading the live policies through the AWS CLI (profile %1)…</source>
        <translation>AWS CLI (プロファイル %1) で現在のポリシーを読み取っています…</translation>
    </message>
    <message>
        <source>Reading the account back from AWS and analysing it again…</source>
        <translation>AWS からアカウントを読み戻して再分析しています…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>開始しています…</translation>
    </message>
    <message>
        <source>cannot be applied</source>
        <translation>適用できません</translation>
    </message>
    <message>
        <source>already corrected</source>
        <translation>修正済み</translation>
    </message>
    <message>
        <source>needs a stored version deleted</source>
        <translation>保存済みバージョンの削除が必要</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n 人のユーザー</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer changes for any user.</source>
        <translation>どのユーザーの回答も変わりません。</translation>
    </message>
    <message>
        <source>Users it affects: %1</source>
        <translation>影響を受けるユーザー: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>AWS already has the corrected document: nothing runs for it.</source>
        <translation>AWS にはすでに修正後のドキュメントがあります。このポリシーには何も実行しません。</translation>
    </message>
    <message>
        <source>AWS already stores %1 versions of this policy, the most it keeps: its oldest version that is not the default, %2, must be deleted to make room. You are asked before that.</source>
        <translation>AWS はこのポリシーのバージョンを上限の %1 個すでに保存しています。空きを作るには、デフォルトではない最も古いバージョン %2 を削除する必要があります。削除の前に確認します。</translation>
    </message>
    <message>
        <source>Default version now: %1 (Roll Back returns to it).</source>
        <translation>現在のデフォルトバージョン: %1 (ロールバックするとこのバージョンに戻ります)。</translation>
    </message>
    <message>
        <source>Apply to AWS</source>
        <translation>AWS に適用</translation>
    </message>
    <message numerus="yes">
        <source>Change %n policy(ies) of AWS account %1 through the AWS CLI profile %2?</source>
        <translation>
            <numerusform>AWS アカウント %1 のポリシー %n 件を AWS CLI のプロファイル %2 で変更しますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(不明)</translation>
    </message>
    <message>
        <source>Users affected: %1</source>
        <translation>影響を受けるユーザー: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <source>Command %1 of %2:</source>
        <translation>コマンド %1/%2:</translation>
    </message>
    <message>
        <source>new default version %1 (was %2)</source>
        <translation>新しいデフォルトバージョン %1 (以前は %2)</translation>
    </message>
    <message>
        <source>deleted stored version %1</source>
        <translation>保存済みバージョン %1 を削除しました</translation>
    </message>
    <message>
        <source>Canceled between two commands: the policies marked applied are changed, the others are not.</source>
        <translation>コマンドとコマンドの間でキャンセルしました。適用済みと示したポリシーは変更され、その他は変更されていません。</translation>
    </message>
    <message>
        <source>Recorded in the apply log (%1) as run %2.</source>
        <translation>適用ログ (%1) に実行 %2 として記録しました。</translation>
    </message>
    <message>
        <source>The account could not be read back: %1</source>
        <translation>アカウントを読み戻せませんでした: %1</translation>
    </message>
    <message>
        <source>No answer changed for any user.</source>
        <translation>どのユーザーの回答も変わりませんでした。</translation>
    </message>
    <message>
        <source>What changed for users, read back from AWS and analysed again:</source>
        <translation>AWS から読み戻して再分析した、ユーザーにとっての変化:</translation>
    </message>
    <message>
        <source>Roll Back</source>
        <translation>ロールバック</translation>
    </message>
    <message>
        <source>The apply log records nothing of this run to roll back.</source>
        <translation>適用ログには、この実行でロールバックできるものが記録されていません。</translation>
    </message>
    <message>
        <source>Put these policies back as they were before run %1?</source>
        <translation>これらのポリシーを実行 %1 の前の状態に戻しますか?</translation>
    </message>
    <message>
        <source>Stopping after the command that runs…</source>
        <translation>実行中のコマンドが終わったら停止します…</translation>
    </message>
    <message>
        <source>Stopping after the policy that is being rolled back…</source>
        <translation>ロールバック中のポリシーが終わったら停止します…</translation>
    </message>
    <message>
        <source>Apply Fix to AWS</source>
        <translation>修正を AWS に適用</translation>
    </message>
    <message>
        <source>Review each corrected policy before anything changes in AWS account %1 (AWS CLI profile %2). Nothing is applied until you confirm.</source>
        <translation>AWS アカウント %1 (AWS CLI のプロファイル %2) で何かが変わる前に、修正後の各ポリシーを確認してください。確認するまで何も適用しません。</translation>
    </message>
    <message numerus="yes">
        <source>What changes for users (%n user(s) affected):</source>
        <translation>
            <numerusform>ユーザーにとっての変化 (影響を受けるユーザー %n 人):</numerusform>
        </translation>
    </message>
    <message>
        <source>The commands, in order (the corrected documents go to a temporary folder):</source>
        <translation>実行するコマンド (順番どおり。修正後のドキュメントは一時フォルダーに置きます):</translation>
    </message>
    <message>
        <source>&amp;Apply to AWS…</source>
        <translation>AWS に適用(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Roll Back This Run…</source>
        <translation>この実行をロールバック(&amp;R)…</translation>
    </message>
    <message>
        <source>AWS keeps at most %1 versions of a managed policy. To make room, these stored versions (none of them the default) would be deleted:</source>
        <translation>AWS が保存する管理ポリシーのバージョンは最大 %1 個です。空きを作るために、次の保存済みバージョン (いずれもデフォルトではありません) を削除します:</translation>
    </message>
    <message>
        <source>Apply and Delete</source>
        <translation>適用して削除</translation>
    </message>
    <message>
        <source>Apply Without Deleting</source>
        <translation>削除せずに適用</translation>
    </message>
</context>
<context>
    <name>mfapolicy::ApplyLogWindow</name>
    <message>
        <source>roll back</source>
        <translation>ロールバック</translation>
    </message>
    <message>
        <source>apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Rolling back %1 (%2 of %3)…</source>
        <translation>%1 をロールバックしています (%3 件中 %2 件目)…</translation>
    </message>
    <message>
        <source>profile %1, region %2, endpoint %3</source>
        <translation>プロファイル %1、リージョン %2、エンドポイント %3</translation>
    </message>
    <message>
        <source>the profile&apos;s</source>
        <translation>プロファイルの設定</translation>
    </message>
    <message>
        <source>AWS&apos;s</source>
        <translation>AWS の既定</translation>
    </message>
    <message>
        <source>users: %1</source>
        <translation>ユーザー: %1</translation>
    </message>
    <message>
        <source>new default version %1 (was %2)</source>
        <translation>新しいデフォルトバージョン %1 (以前は %2)</translation>
    </message>
    <message>
        <source>default version back to %1</source>
        <translation>デフォルトバージョンを %1 に戻しました</translation>
    </message>
    <message>
        <source>result: %1</source>
        <translation>結果: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Roll Back</source>
        <translation>ロールバック</translation>
    </message>
    <message>
        <source>Run %1 was already rolled back at %2.</source>
        <translation>実行 %1 は %2 にロールバック済みです。</translation>
    </message>
    <message>
        <source>Run %1 changed nothing that can be rolled back.</source>
        <translation>実行 %1 ではロールバックできる変更がありません。</translation>
    </message>
    <message>
        <source>Put these policies back as they were before run %1, through the AWS CLI profile %2?</source>
        <translation>AWS CLI のプロファイル %2 で、これらのポリシーを実行 %1 の前の状態に戻しますか?</translation>
    </message>
    <message>
        <source>Stopping after the policy that is being rolled back…</source>
        <translation>ロールバック中のポリシーが終わったら停止します…</translation>
    </message>
    <message>
        <source>AWS Apply Log</source>
        <translation>AWS 適用ログ</translation>
    </message>
    <message>
        <source>Run / policy</source>
        <translation>実行 / ポリシー</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Profile / action</source>
        <translation>プロファイル / 操作</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n line(s) cannot be read and are left out)</source>
        <translation>
            <numerusform>%1 (読み取れない %n 行は除外しています)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been applied to AWS yet.</source>
        <translation>AWS にはまだ何も適用していません。</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Roll Back…</source>
        <translation>ロールバック(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>mfapolicy::ApplyTexts</name>
    <message>
        <source>can enroll a virtual MFA device named like the user without MFA</source>
        <translation>MFA なしでユーザー名と同じ名前の仮想 MFA デバイスを登録できる</translation>
    </message>
    <message>
        <source>%1: %2: %3 → %4</source>
        <translation>%1: %2: %3 → %4</translation>
    </message>
</context>
<context>
    <name>mfapolicy::AwsAccountLink</name>
    <message>
        <source>Import from AWS</source>
        <translation>AWS からインポート</translation>
    </message>
    <message>
        <source>Cannot keep the fetched account in a temporary file: %1</source>
        <translation>取得したアカウントを一時ファイルに保存できません: %1</translation>
    </message>
    <message>
        <source>Apply Fix to AWS</source>
        <translation>修正を AWS に適用</translation>
    </message>
    <message>
        <source>No policy of this account needs correcting.</source>
        <translation>このアカウントには修正が必要なポリシーはありません。</translation>
    </message>
    <message>
        <source>The only policies to correct are managed by AWS and cannot be changed; attach a corrected customer managed policy instead.</source>
        <translation>修正が必要なポリシーはすべて AWS 管理ポリシーのため変更できません。代わりに修正したカスタマー管理ポリシーをアタッチしてください。</translation>
    </message>
    <message>
        <source>&amp;Apply Fix to AWS…</source>
        <translation>修正を AWS に適用(&amp;A)…</translation>
    </message>
    <message>
        <source>Correct the stale policies of this account in AWS, after showing each change</source>
        <translation>各変更を表示した後、このアカウントの古いポリシーを AWS 上で修正します</translation>
    </message>
</context>
<context>
    <name>mfapolicy::AwsActions</name>
    <message>
        <source>Fetch a live account&apos;s users and policies through the AWS CLI</source>
        <translation>AWS CLI で稼働中のアカウントのユーザーとポリシーを取得します</translation>
    </message>
    <message>
        <source>AWS Apply &amp;Log…</source>
        <translation>AWS 適用ログ(&amp;L)…</translation>
    </message>
    <message>
        <source>Every change applied to AWS from here or the command line, with Roll Back</source>
        <translation>ここまたはコマンドラインから AWS に適用したすべての変更 (ロールバック可能)</translation>
    </message>
    <message>
        <source>I&amp;mport from AWS…</source>
        <translation>AWS からインポート(&amp;M)…</translation>
    </message>
</context>
<context>
    <name>mfapolicy::AwsManagedPolicyDialog</name>
    <message>
        <source>Add an AWS Managed Policy</source>
        <translation>AWS 管理ポリシーを追加</translation>
    </message>
    <message numerus="yes">
        <source>Search %n policies</source>
        <translation>
            <numerusform>%n 件のポリシーを検索</numerusform>
        </translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>From the bundled AWS managed policy data (%1, policies published until %2).</source>
        <translation>同梱の AWS 管理ポリシーのデータより (%1、%2 までに公開されたポリシー)。</translation>
    </message>
    <message>
        <source>The bundled AWS managed policy data cannot be read: %1</source>
        <translation>同梱の AWS 管理ポリシーのデータを読み込めません: %1</translation>
    </message>
</context>
<context>
    <name>mfapolicy::AwsTexts</name>
    <message>
        <source>The AWS CLI (%1) is not installed or not on the PATH. Install the Debian package awscli (sudo apt install awscli) or pip&apos;s awscli, then try again.</source>
        <translation>AWS CLI (%1) がインストールされていないか、PATH にありません。Debian パッケージ awscli (sudo apt install awscli) または pip の awscli をインストールしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The AWS CLI found no credentials. Choose a profile, or set one up with &quot;aws configure&quot; or &quot;aws configure sso&quot;.</source>
        <translation>AWS CLI が認証情報を見つけられませんでした。プロファイルを選ぶか、&quot;aws configure&quot; または &quot;aws configure sso&quot; で設定してください。</translation>
    </message>
    <message>
        <source>The AWS CLI found no credentials for the profile %1. Set them up with &quot;aws configure --profile %1&quot; or &quot;aws configure sso --profile %1&quot;.</source>
        <translation>AWS CLI がプロファイル %1 の認証情報を見つけられませんでした。&quot;aws configure --profile %1&quot; または &quot;aws configure sso --profile %1&quot; で設定してください。</translation>
    </message>
    <message>
        <source>The SSO session has expired or was never started. Sign in with &quot;%1&quot;, then try again.</source>
        <translation>SSO セッションの有効期限が切れているか、まだ開始されていません。&quot;%1&quot; でサインインしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The AWS CLI has no profile named %1. Run &quot;aws configure list-profiles&quot; to see the profiles.</source>
        <translation>AWS CLI に %1 という名前のプロファイルはありません。&quot;aws configure list-profiles&quot; でプロファイルを確認してください。</translation>
    </message>
    <message>
        <source>AWS denied the request: %1
The identity in use needs the permission %2.</source>
        <translation>AWS がリクエストを拒否しました: %1
使用中の ID には %2 のアクセス許可が必要です。</translation>
    </message>
    <message>
        <source>Could not reach %1. Check the network connection, the region and the endpoint URL.</source>
        <translation>%1 に接続できませんでした。ネットワーク接続、リージョン、エンドポイント URL を確認してください。</translation>
    </message>
    <message>
        <source>AWS answered %1 to %2: %3</source>
        <translation>AWS は %2 に対して %1 を返しました: %3</translation>
    </message>
    <message>
        <source>The AWS CLI succeeded but its output could not be read: %1</source>
        <translation>AWS CLI は成功しましたが、その出力を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>The corrected document of %1 is not valid JSON: %2</source>
        <translation>%1 の修正後のドキュメントは有効な JSON ではありません: %2</translation>
    </message>
    <message>
        <source>%1 is managed by AWS and cannot be changed; attach a customer managed policy instead.</source>
        <translation>%1 は AWS 管理ポリシーのため変更できません。代わりにカスタマー管理ポリシーをアタッチしてください。</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>The AWS CLI failed (exit code %1).</source>
        <translation>AWS CLI が失敗しました (終了コード %1)。</translation>
    </message>
    <message>
        <source>The AWS CLI said:</source>
        <translation>AWS CLI の出力:</translation>
    </message>
    <message>
        <source>applied and read back</source>
        <translation>適用し、読み戻して確認しました</translation>
    </message>
    <message>
        <source>already corrected, nothing to do</source>
        <translation>修正済みのため、何もしません</translation>
    </message>
    <message>
        <source>not applied: deleting a stored version was not confirmed</source>
        <translation>適用していません: 保存済みバージョンの削除が確認されませんでした</translation>
    </message>
    <message>
        <source>not applied: it could not be planned</source>
        <translation>適用していません: 計画を作成できませんでした</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗しました</translation>
    </message>
    <message>
        <source>applied, but AWS returned another document or default version</source>
        <translation>適用しましたが、AWS から異なるドキュメントまたはデフォルトバージョンが返されました</translation>
    </message>
    <message>
        <source>not applied: the run was stopped before it</source>
        <translation>適用していません: その前に実行を停止しました</translation>
    </message>
    <message>
        <source>rolled back and read back</source>
        <translation>ロールバックし、読み戻して確認しました</translation>
    </message>
</context>
<context>
    <name>mfapolicy::CheckCommand</name>
    <message>
        <source>Report findings (stale device resources, MFA loopholes, validity) for files and folders</source>
        <translation>ファイルとフォルダーの検出結果 (古いデバイスリソース、MFA の抜け穴、妥当性) を報告します</translation>
    </message>
    <message>
        <source>text, json or sarif.</source>
        <translation>text、json、sarif のいずれか。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Exit with 1 when a finding is at least this severe: error, security, warning or suggestion (default error).</source>
        <translation>この重要度以上の検出結果があれば 1 で終了します: error、security、warning、suggestion (既定: error)。</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>SEVERITY</translation>
    </message>
    <message>
        <source>Which size quota applies: managed, inline-user, inline-group or inline-role (default managed).</source>
        <translation>適用するサイズのクォータ: managed、inline-user、inline-group、inline-role (既定: managed)。</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>Policy files, or folders to search for *.json files (- for standard input).</source>
        <translation>ポリシーファイル、または *.json ファイルを探すフォルダー (- で標準入力)。</translation>
    </message>
    <message>
        <source>POLICY... [options]</source>
        <translation>POLICY... [オプション]</translation>
    </message>
    <message>
        <source>unknown --format %1 (text, json or sarif)</source>
        <translation>不明な --format %1 です (text、json、sarif のいずれか)</translation>
    </message>
    <message>
        <source>unknown --fail-on %1 (error, security, warning or suggestion)</source>
        <translation>不明な --fail-on %1 です (error、security、warning、suggestion のいずれか)</translation>
    </message>
    <message>
        <source>unknown --policy-kind %1 (managed, inline-user, inline-group or inline-role)</source>
        <translation>不明な --policy-kind %1 です (managed、inline-user、inline-group、inline-role のいずれか)</translation>
    </message>
    <message>
        <source>give at least one policy file or folder</source>
        <translation>ポリシーファイルまたはフォルダーを 1 つ以上指定してください</translation>
    </message>
    <message>
        <source>no *.json files found in %1</source>
        <translation>%1 に *.json ファイルが見つかりません</translation>
    </message>
    <message>
        <source>The files are one user&apos;s policies: the MFA rules judge them together, so a guard in one file counts for the others.</source>
        <translation>ファイルは 1 人のユーザーのポリシーです。MFA のルールはそれらをまとめて判定するので、あるファイルのガードは他のファイルにも効きます。</translation>
    </message>
    <message>
        <source>--together is for policy files; an account dump&apos;s user is one principal already</source>
        <translation>--together はポリシーファイル用です。アカウントのダンプのユーザーはそれだけで 1 つのプリンシパルです</translation>
    </message>
    <message>
        <source>  mfa-policy check force-mfa.json
  mfa-policy check policies/ --fail-on security
  mfa-policy check policies/ --format sarif &gt; mfa-policy.sarif
  mfa-policy check force-mfa.json --user carol --device-name carol-yubikey
  mfa-policy check --together self-manage.json guard.json --aws-managed ReadOnlyAccess
  mfa-policy check alice.principal.json
  mfa-policy check self-manage.json --boundary boundary.json --scp require-mfa-scp.json
  mfa-policy check --account-dump account.json --user alice
The MFA rules simulate the user given by --user, --account, --device-name and --user-path.
AWS managed policies (--aws-managed) are judged with the files, not reported on. A principal file, --boundary, --scp, --context or --account-dump make the files one user&apos;s policies (as --together): every finding names the policy it is about, and a boundary or SCP that refuses enrollment is a finding of its own.
A JSON syntax error is a finding of severity error; text that cannot be read as JSON, or is not UTF-8, also exits with 2.
</source>
        <translation>  mfa-policy check force-mfa.json
  mfa-policy check policies/ --fail-on security
  mfa-policy check policies/ --format sarif &gt; mfa-policy.sarif
  mfa-policy check force-mfa.json --user carol --device-name carol-yubikey
  mfa-policy check --together self-manage.json guard.json --aws-managed ReadOnlyAccess
  mfa-policy check alice.principal.json
  mfa-policy check self-manage.json --boundary boundary.json --scp require-mfa-scp.json
  mfa-policy check --account-dump account.json --user alice
MFA のルールは、--user、--account、--device-name、--user-path で指定したユーザーをシミュレートします。
AWS 管理ポリシー (--aws-managed) はファイルと一緒に判定されますが、それ自体は報告されません。プリンシパルファイル、--boundary、--scp、--context、--account-dump を指定すると、ファイルは 1 人のユーザーのポリシーになります (--together と同じ)。各検出結果は対象のポリシーを示し、登録を拒否するアクセス許可の境界や SCP はそれ自体の検出結果になります。
JSON の構文エラーは重要度 error の検出結果になります。JSON として読み取れないテキストや UTF-8 でないテキストは、終了コード 2 でも終了します。
</translation>
    </message>
</context>
<context>
    <name>mfapolicy::CliApplication</name>
    <message>
        <source>--lang needs a language: ja or en</source>
        <translation>--lang には言語を指定してください: ja または en</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;. Try &apos;mfa-policy --help&apos;.</source>
        <translation>不明なコマンド &apos;%1&apos; です。&apos;mfa-policy --help&apos; を参照してください。</translation>
    </message>
    <message>
        <source>Usage: mfa-policy COMMAND [options]

Check, explain and migrate AWS IAM policies that force MFA.

Commands:
</source>
        <translation>使い方: mfa-policy コマンド [オプション]

MFA を強制する AWS IAM ポリシーをチェック、説明、移行します。

コマンド:
</translation>
    </message>
    <message>
        <source>
Options for every command:
  --lang ja|en   language of the output (default: from LC_ALL, LC_MESSAGES, LANG)
  -h, --help     help for the command
  --version      the program version

Exit codes: 0 success; 1 findings at or above --fail-on (check) or a denied scenario step;
2 usage or input error.

Examples:
  mfa-policy matrix force-mfa.json --device-name alice-phone
  mfa-policy check policies/ --fail-on security --format sarif &gt; findings.sarif
  mfa-policy migrate force-mfa.json --diff
  mfa-policy scenario force-mfa.json --user alice --account 123456789012 --device-name phone
  mfa-policy export force-mfa.json --to terraform
</source>
        <translation>
全コマンド共通のオプション:
  --lang ja|en   出力の言語 (既定: LC_ALL、LC_MESSAGES、LANG から決定)
  -h, --help     コマンドのヘルプ
  --version      プログラムのバージョン

終了コード: 0 成功、1 --fail-on 以上の検出結果 (check) または拒否されたシナリオのステップ、
2 使い方または入力のエラー。

例:
  mfa-policy matrix force-mfa.json --device-name alice-phone
  mfa-policy check policies/ --fail-on security --format sarif &gt; findings.sarif
  mfa-policy migrate force-mfa.json --diff
  mfa-policy scenario force-mfa.json --user alice --account 123456789012 --device-name phone
  mfa-policy export force-mfa.json --to terraform
</translation>
    </message>
</context>
<context>
    <name>mfapolicy::Command</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>このヘルプを表示して終了します。</translation>
    </message>
    <message>
        <source>mfa-policy %1: %2
Try &apos;mfa-policy %1 --help&apos;.
</source>
        <translation>mfa-policy %1: %2
&apos;mfa-policy %1 --help&apos; を参照してください。
</translation>
    </message>
    <message>
        <source>Usage: mfa-policy %1 %2</source>
        <translation>使い方: mfa-policy %1 %2</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>例:</translation>
    </message>
</context>
<context>
    <name>mfapolicy::ComparisonDialog</name>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>mfapolicy::ComparisonFormatter</name>
    <message>
        <source>Without MFA</source>
        <translation>MFA なし</translation>
    </message>
    <message>
        <source>With a long-term access key</source>
        <translation>長期のアクセスキー</translation>
    </message>
    <message>
        <source>the user&apos;s own user</source>
        <translation>ユーザー自身のユーザー</translation>
    </message>
    <message>
        <source>another user (%1)</source>
        <translation>他のユーザー (%1)</translation>
    </message>
    <message>
        <source>a device named %1</source>
        <translation>%1 という名前のデバイス</translation>
    </message>
    <message>
        <source>another user&apos;s device %1</source>
        <translation>他のユーザーのデバイス %1</translation>
    </message>
    <message>
        <source>any resource</source>
        <translation>すべてのリソース</translation>
    </message>
    <message>
        <source>%1, %2 on %3: %4 → %5</source>
        <translation>%1、%3 に対する %2: %4 → %5</translation>
    </message>
    <message>
        <source>No matrix cell changes.</source>
        <translation>マトリックスのセルに変化はありません。</translation>
    </message>
    <message>
        <source>Matrix cells that change (%1):</source>
        <translation>変化するマトリックスのセル (%1):</translation>
    </message>
    <message>
        <source>The texts are identical.</source>
        <translation>テキストは同一です。</translation>
    </message>
    <message>
        <source>Matrix cells that change</source>
        <translation>変化するマトリックスのセル</translation>
    </message>
    <message>
        <source>Text diff</source>
        <translation>テキストの差分</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Resource pattern</source>
        <translation>リソースのパターン</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>リソース</translation>
    </message>
    <message>
        <source>Signed in with</source>
        <translation>サインイン方法</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>Comparison of %1 and %2</source>
        <translation>%1 と %2 の比較</translation>
    </message>
    <message>
        <source>With an MFA session</source>
        <translation>MFA セッション</translation>
    </message>
</context>
<context>
    <name>mfapolicy::ComparisonModel</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <translation>変更なし: %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>リソース</translation>
    </message>
</context>
<context>
    <name>mfapolicy::ComparisonWidget</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No cell of the decision matrix changes.</source>
        <translation>決定マトリックスのセルに変化はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) of the decision matrix change.</source>
        <translation>
            <numerusform>決定マトリックスの %n 個のセルが変化します。</numerusform>
        </translation>
    </message>
    <message>
        <source>The texts are identical.</source>
        <translation>テキストは同一です。</translation>
    </message>
</context>
<context>
    <name>mfapolicy::Console</name>
    <message>
        <source>mfa-policy: error: %1
</source>
        <translation>mfa-policy: エラー: %1
</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>mfapolicy::DecisionMatrixModel</name>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>リソース</translation>
    </message>
</context>
<context>
    <name>mfapolicy::DiffCommand</name>
    <message>
        <source>Compare two policies: matrix cells that change, in words, and the text diff</source>
        <translation>2 つのポリシーを比較します: 変化するマトリックスのセルを文章で示し、テキストの差分を表示します</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>OLD NEW [options]</source>
        <translation>OLD NEW [オプション]</translation>
    </message>
    <message>
        <source>give exactly two policy files: OLD and NEW</source>
        <translation>ポリシーファイルを OLD と NEW の 2 つだけ指定してください</translation>
    </message>
    <message>
        <source>text, json, markdown, csv or html.</source>
        <translation>text、json、markdown、csv、html のいずれか。</translation>
    </message>
    <message>
        <source>unknown --format %1 (text, json, markdown, csv or html)</source>
        <translation>不明な --format %1 です (text、json、markdown、csv、html のいずれか)</translation>
    </message>
    <message>
        <source>The policy (or principal file) before.</source>
        <translation>変更前のポリシー (またはプリンシパルファイル)。</translation>
    </message>
    <message>
        <source>The policy (or principal file) after.</source>
        <translation>変更後のポリシー (またはプリンシパルファイル)。</translation>
    </message>
    <message>
        <source>With --account-dump: OLD and NEW stand for the user&apos;s policy NAME (inline, of a group, managed, or the boundary) instead of being added to its policies.</source>
        <translation>--account-dump と使うと、OLD と NEW はポリシーに追加されるのではなく、ユーザーのポリシー NAME (インライン、グループのもの、管理ポリシー、またはアクセス許可の境界) の代わりになります。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>  mfa-policy diff force-mfa.json force-mfa.migrated.json
  mfa-policy migrate force-mfa.json -o new.json &amp;&amp; mfa-policy diff force-mfa.json new.json --format markdown
  mfa-policy diff old.json new.json --aws-managed ReadOnlyAccess --boundary boundary.json
  mfa-policy diff alice.principal.json alice-after.principal.json
  mfa-policy diff --account-dump account.json --user alice --policy SelfManageMFA old.json new.json
--aws-managed, --boundary, --scp, --scp-level and --context apply to both sides: the cells compared are the user&apos;s, with OLD and then NEW among its policies. With --account-dump and --user the user is the dump&apos;s, and --policy NAME makes OLD and NEW replace that policy of the user.
</source>
        <translation>  mfa-policy diff force-mfa.json force-mfa.migrated.json
  mfa-policy migrate force-mfa.json -o new.json &amp;&amp; mfa-policy diff force-mfa.json new.json --format markdown
  mfa-policy diff old.json new.json --aws-managed ReadOnlyAccess --boundary boundary.json
  mfa-policy diff alice.principal.json alice-after.principal.json
  mfa-policy diff --account-dump account.json --user alice --policy SelfManageMFA old.json new.json
--aws-managed、--boundary、--scp、--scp-level、--context は両方に適用されます。比較するのは、ポリシーに OLD を含む場合と NEW を含む場合のユーザーのセルです。--account-dump と --user を指定するとユーザーはダンプのユーザーになり、--policy NAME を指定すると OLD と NEW はそのユーザーのそのポリシーを置き換えます。
</translation>
    </message>
    <message>
        <source>--policy needs --account-dump and --user: it names a policy of the dump&apos;s user</source>
        <translation>--policy には --account-dump と --user が必要です。ダンプのユーザーのポリシーを指定するオプションです</translation>
    </message>
    <message>
        <source>user %1 has no policy called %2</source>
        <translation>ユーザー %1 には %2 という名前のポリシーがありません</translation>
    </message>
</context>
<context>
    <name>mfapolicy::Document</name>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <source>File deleted</source>
        <translation>ファイルが削除されました</translation>
    </message>
    <message>
        <source>The file %1 was deleted or moved. The text stays open here; save it to keep it.</source>
        <translation>ファイル %1 は削除または移動されました。テキストはここで開いたままです。残すには保存してください。</translation>
    </message>
    <message>
        <source>The file %1 was changed by another program. Reload it and lose your unsaved changes?</source>
        <translation>ファイル %1 は別のプログラムによって変更されました。再読み込みして、未保存の変更を破棄しますか?</translation>
    </message>
    <message>
        <source>The file %1 was changed by another program. Reload it?</source>
        <translation>ファイル %1 は別のプログラムによって変更されました。再読み込みしますか?</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>ディスク上のファイルが変更されました</translation>
    </message>
    <message>
        <source>Reload failed</source>
        <translation>再読み込みに失敗しました</translation>
    </message>
</context>
<context>
    <name>mfapolicy::DocumentIo</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>ファイル %1 は存在しません。</translation>
    </message>
    <message>
        <source>The file %1 is %2, larger than the %3 the editor opens. IAM policies are at most 10,240 characters.</source>
        <translation>ファイル %1 のサイズは %2 で、エディターで開ける上限 %3 を超えています。IAM ポリシーは最大 10,240 文字です。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>ファイル %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2.</source>
        <translation>ファイル %1 は %2 を超えています。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a policy file.</source>
        <translation>%1 はフォルダーです。ポリシーファイルではありません。</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a pipe, socket or device). Open a policy file.</source>
        <translation>%1 は通常のファイルではありません (パイプ、ソケットまたはデバイス)。ポリシーファイルを開いてください。</translation>
    </message>
    <message>
        <source>The file %1 is UTF-16 text. Policies are UTF-8 JSON: save it as UTF-8 and open it again.</source>
        <translation>ファイル %1 は UTF-16 のテキストです。ポリシーは UTF-8 の JSON です: UTF-8 で保存してから開き直してください。</translation>
    </message>
    <message>
        <source>The file %1 is not a text file (it contains NUL bytes, the first at byte %2). A policy is JSON text.</source>
        <translation>ファイル %1 はテキストファイルではありません (NUL バイトを含みます。最初はバイト %2)。ポリシーは JSON テキストです。</translation>
    </message>
    <message>
        <source>The file %1 is not UTF-8 text: line %2, column %3 has the byte 0x%4. Policies are UTF-8 JSON.</source>
        <translation>ファイル %1 は UTF-8 のテキストではありません: %2 行 %3 列にバイト 0x%4 があります。ポリシーは UTF-8 の JSON です。</translation>
    </message>
</context>
<context>
    <name>mfapolicy::DocumentManager</name>
    <message>
        <source>Policies (*.json);;All files (*)</source>
        <translation>ポリシー (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Untitled %1</source>
        <translation>無題 %1</translation>
    </message>
    <message>
        <source>%1 (AWS managed)</source>
        <translation>%1 (AWS 管理ポリシー)</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>ファイルを開けません</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>Save Policy As</source>
        <translation>名前を付けてポリシーを保存</translation>
    </message>
    <message>
        <source>Cannot save the file</source>
        <translation>ファイルを保存できません</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2

Your changes are still in the editor. Save them under another name?</source>
        <translation>%1 を保存できませんでした: %2

変更はエディターに残っています。別の名前で保存しますか?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>The policy %1 has unsaved changes. Save them?</source>
        <translation>ポリシー %1 には未保存の変更があります。保存しますか?</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>未保存の作業の復旧</translation>
    </message>
    <message>
        <source>The studio did not close normally last time. Recover the unsaved text of these policies?

%1</source>
        <translation>前回、Studio は正常に終了しませんでした。次のポリシーの未保存のテキストを復旧しますか?

%1</translation>
    </message>
    <message numerus="yes">
        <source>%n policies have unsaved changes:

%1

Save all of them, or discard all their changes?</source>
        <translation>
            <numerusform>%n 件のポリシーに未保存の変更があります:

%1

すべて保存しますか、それともすべての変更を破棄しますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save All</source>
        <translation>すべて保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Discard All</source>
        <translation>すべて破棄(&amp;D)</translation>
    </message>
</context>
<context>
    <name>mfapolicy::DocumentTools</name>
    <message>
        <source>Its migrated form</source>
        <translation>移行後のポリシー</translation>
    </message>
    <message>
        <source>%1 (migrated)</source>
        <translation>%1 (移行後)</translation>
    </message>
    <message>
        <source>Open document: %1</source>
        <translation>開いているドキュメント: %1</translation>
    </message>
    <message>
        <source>AWS example: %1</source>
        <translation>AWS の例: %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Migrate</source>
        <translation>移行</translation>
    </message>
    <message>
        <source>%1 is an AWS managed policy: AWS maintains it, and nobody else can change it. Create a customer managed policy with the statements you need (for example a migrated copy of it), attach it to the user or their group, and detach %1.</source>
        <translation>%1 は AWS 管理ポリシーです。AWS が管理しており、ほかの誰も変更できません。必要なステートメントを含むカスタマー管理ポリシー (たとえば移行後のコピー) を作成してユーザーまたはそのグループにアタッチし、%1 をデタッチしてください。</translation>
    </message>
</context>
<context>
    <name>mfapolicy::ExplanationFormatter</name>
    <message>
        <source>Select a cell of the matrix or a finding to see why.</source>
        <translation>マトリックスのセルまたは検出結果を選択すると、その理由が表示されます。</translation>
    </message>
    <message>
        <source>on</source>
        <translation>対象:</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>%1 行 %2 列</translation>
    </message>
    <message>
        <source>Quick fixes:</source>
        <translation>クイックフィックス:</translation>
    </message>
    <message>
        <source>Learn more</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>mfapolicy::ExportCommand</name>
    <message>
        <source>Size: %1 characters without whitespace.</source>
        <translation>サイズ: 空白を除いて %1 文字。</translation>
    </message>
    <message>
        <source>%1: %2 of %3 (fits)</source>
        <translation>%1: %2 / %3 (収まります)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 (too large)</source>
        <translation>%1: %2 / %3 (大きすぎます)</translation>
    </message>
    <message>
        <source>Export a policy: pretty, minified, AWS CLI command, CloudFormation or Terraform</source>
        <translation>ポリシーをエクスポートします: 整形、最小化、AWS CLI コマンド、CloudFormation、Terraform</translation>
    </message>
    <message>
        <source>minified, pretty, cli, cloudformation (YAML), cloudformation-json or terraform.</source>
        <translation>minified、pretty、cli、cloudformation (YAML)、cloudformation-json、terraform のいずれか。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Write to FILE.</source>
        <translation>FILE に書き出します。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The managed policy&apos;s name (default: the file name).</source>
        <translation>管理ポリシーの名前 (既定: ファイル名)。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The managed policy&apos;s ARN for the cli command (default: built from $AWS_ACCOUNT_ID and the name).</source>
        <translation>cli コマンドで使う管理ポリシーの ARN (既定: $AWS_ACCOUNT_ID と名前から作成)。</translation>
    </message>
    <message>
        <source>ARN</source>
        <translation>ARN</translation>
    </message>
    <message>
        <source>Terraform: embed the JSON as a heredoc instead of jsonencode().</source>
        <translation>Terraform: jsonencode() の代わりにヒアドキュメントで JSON を埋め込みます。</translation>
    </message>
    <message>
        <source>The policy file (- for standard input).</source>
        <translation>ポリシーファイル (- で標準入力)。</translation>
    </message>
    <message>
        <source>POLICY --to FORMAT [options]</source>
        <translation>POLICY --to FORMAT [オプション]</translation>
    </message>
    <message>
        <source>give exactly one policy file</source>
        <translation>ポリシーファイルを 1 つだけ指定してください</translation>
    </message>
    <message>
        <source>--to must be one of %1</source>
        <translation>--to には %1 のいずれかを指定してください</translation>
    </message>
    <message>
        <source>cli: the AWS CLI command, create-policy, create-policy-version (default), put-user-policy or put-group-policy.</source>
        <translation>cli: AWS CLI のコマンド。create-policy、create-policy-version (既定)、put-user-policy または put-group-policy。</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <source>put-user-policy: the user (default: $IAM_USER_NAME).</source>
        <translation>put-user-policy: ユーザー (既定: $IAM_USER_NAME)。</translation>
    </message>
    <message>
        <source>put-group-policy: the group (default: $IAM_GROUP_NAME).</source>
        <translation>put-group-policy: グループ (既定: $IAM_GROUP_NAME)。</translation>
    </message>
    <message>
        <source>  mfa-policy export force-mfa.json --to minified -o force-mfa.min.json
  mfa-policy export force-mfa.json --to cli --policy-arn arn:aws:iam::123456789012:policy/ForceMFA
  mfa-policy export force-mfa.json --to cli --command put-group-policy --group-name Developers
  mfa-policy export force-mfa.json --to terraform --policy-name ForceMFA
</source>
        <translation>  mfa-policy export force-mfa.json --to minified -o force-mfa.min.json
  mfa-policy export force-mfa.json --to cli --policy-arn arn:aws:iam::123456789012:policy/ForceMFA
  mfa-policy export force-mfa.json --to cli --command put-group-policy --group-name Developers
  mfa-policy export force-mfa.json --to terraform --policy-name ForceMFA
</translation>
    </message>
    <message>
        <source>--command must be one of %1</source>
        <translation>--command には %1 のいずれかを指定してください</translation>
    </message>
    <message>
        <source>--command needs --to cli</source>
        <translation>--command には --to cli が必要です</translation>
    </message>
    <message>
        <source>--user-name needs --to cli --command put-user-policy</source>
        <translation>--user-name には --to cli --command put-user-policy が必要です</translation>
    </message>
    <message>
        <source>--group-name needs --to cli --command put-group-policy</source>
        <translation>--group-name には --to cli --command put-group-policy が必要です</translation>
    </message>
    <message>
        <source>--policy-arn is for create-policy-version only</source>
        <translation>--policy-arn は create-policy-version でのみ使えます</translation>
    </message>
</context>
<context>
    <name>mfapolicy::ExportDialog</name>
    <message>
        <source>Decision matrix</source>
        <translation>決定マトリックス</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>%1 行 %2 列</translation>
    </message>
    <message>
        <source>Policy: JSON, indented</source>
        <translation>ポリシー: JSON (インデント付き)</translation>
    </message>
    <message>
        <source>Policy: JSON, minified (as IAM stores it)</source>
        <translation>ポリシー: JSON (最小化、IAM が保存する形式)</translation>
    </message>
    <message>
        <source>Policy: CloudFormation template (YAML)</source>
        <translation>ポリシー: CloudFormation テンプレート (YAML)</translation>
    </message>
    <message>
        <source>Policy: CloudFormation template (JSON)</source>
        <translation>ポリシー: CloudFormation テンプレート (JSON)</translation>
    </message>
    <message>
        <source>Policy: Terraform resource (jsonencode)</source>
        <translation>ポリシー: Terraform リソース (jsonencode)</translation>
    </message>
    <message>
        <source>Policy: Terraform resource (heredoc)</source>
        <translation>ポリシー: Terraform リソース (ヒアドキュメント)</translation>
    </message>
    <message>
        <source>Matrix: PNG image</source>
        <translation>マトリックス: PNG 画像</translation>
    </message>
    <message>
        <source>Matrix: SVG image</source>
        <translation>マトリックス: SVG 画像</translation>
    </message>
    <message>
        <source>Matrix: PDF (A4 landscape)</source>
        <translation>マトリックス: PDF (A4 横)</translation>
    </message>
    <message>
        <source>Matrix: CSV table</source>
        <translation>マトリックス: CSV 表</translation>
    </message>
    <message>
        <source>Matrix: HTML page</source>
        <translation>マトリックス: HTML ページ</translation>
    </message>
    <message>
        <source>Matrix: Markdown</source>
        <translation>マトリックス: Markdown</translation>
    </message>
    <message>
        <source>Findings: CSV table</source>
        <translation>検出結果: CSV 表</translation>
    </message>
    <message>
        <source>Findings: HTML page</source>
        <translation>検出結果: HTML ページ</translation>
    </message>
    <message>
        <source>Findings: Markdown</source>
        <translation>検出結果: Markdown</translation>
    </message>
    <message>
        <source>Nothing to export: the policy is not valid JSON and no matrix is available.</source>
        <translation>エクスポートするものがありません: ポリシーが有効な JSON ではなく、マトリックスがありません。</translation>
    </message>
    <message>
        <source>A4 landscape with title, policy, date, identity, legend and findings; long matrices continue on further pages.</source>
        <translation>A4 横。タイトル、ポリシー、日付、ユーザー情報、凡例、検出結果を含みます。長いマトリックスは次のページに続きます。</translation>
    </message>
    <message>
        <source>%1 non-whitespace characters: managed policy limit %2; inline policy limits %3 (user), %4 (group), %5 (role).</source>
        <translation>空白以外の文字数 %1: 管理ポリシーの上限 %2、インラインポリシーの上限 %3 (ユーザー)、%4 (グループ)、%5 (ロール)。</translation>
    </message>
    <message>
        <source>The policy is larger than a managed policy may be.</source>
        <translation>ポリシーが管理ポリシーの上限サイズを超えています。</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 に書き込めませんでした。</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 ファイル (*.%2)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>エクスポートに失敗しました: %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 を保存しました。</translation>
    </message>
    <message>
        <source>Printing failed.</source>
        <translation>印刷に失敗しました。</translation>
    </message>
    <message>
        <source>Decision matrix: %1</source>
        <translation>決定マトリックス: %1</translation>
    </message>
    <message>
        <source>Policy: aws iam create-policy command (new managed policy)</source>
        <translation>ポリシー: aws iam create-policy コマンド (新しい管理ポリシー)</translation>
    </message>
    <message>
        <source>Policy: aws iam create-policy-version command (managed policy)</source>
        <translation>ポリシー: aws iam create-policy-version コマンド (管理ポリシー)</translation>
    </message>
    <message>
        <source>Policy: aws iam put-user-policy command (inline policy of a user)</source>
        <translation>ポリシー: aws iam put-user-policy コマンド (ユーザーのインラインポリシー)</translation>
    </message>
    <message>
        <source>Policy: aws iam put-group-policy command (inline policy of a group)</source>
        <translation>ポリシー: aws iam put-group-policy コマンド (グループのインラインポリシー)</translation>
    </message>
    <message>
        <source>The script first writes the text in the editor to %1, then runs the command.</source>
        <translation>このスクリプトは、まずエディターのテキストを %1 に書き込み、それからコマンドを実行します。</translation>
    </message>
    <message>
        <source>Matrix: slides, PNG (16:9, large type)</source>
        <translation>マトリックス: スライド、PNG (16:9、大きな文字)</translation>
    </message>
    <message>
        <source>Matrix: slides, PDF (16:9, large type)</source>
        <translation>マトリックス: スライド、PDF (16:9、大きな文字)</translation>
    </message>
    <message numerus="yes">
        <source>%n slide(s), 16:9 pages.</source>
        <translation>
            <numerusform>%n 枚のスライド、16:9 のページ。</numerusform>
        </translation>
    </message>
    <message>
        <source>To fit one slide, uncheck actions or choose fewer rows.</source>
        <translation>1 枚のスライドに収めるには、アクションのチェックを外すか、表示する行を減らしてください。</translation>
    </message>
    <message numerus="yes">
        <source>%n slide(s) of 1920 × 1080 pixels; from the second on, each is saved beside the first with -2, -3, … added to its name.</source>
        <translation>
            <numerusform>%n 枚のスライド (1920 × 1080 ピクセル)。2 枚目以降は、1 枚目と同じ場所に、名前に -2、-3、… を付けて保存されます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mfapolicy::FindBar</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 件一致</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n 件置換しました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mfapolicy::FindingsFormatter</name>
    <message numerus="yes">
        <source>No findings in %n file(s).
</source>
        <translation>
            <numerusform>%n 個のファイルに検出結果はありません。
</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings: %1.</source>
        <translation>検出結果: %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>エラー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n security warning(s)</source>
        <translation>
            <numerusform>セキュリティ警告 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>提案 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mfapolicy::FindingsModel</name>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>検出結果</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>In %1:</source>
        <translation>%1 内:</translation>
    </message>
    <message>
        <source>%1, %2:%3</source>
        <translation>%1、%2:%3</translation>
    </message>
</context>
<context>
    <name>mfapolicy::FindingsTable</name>
    <message>
        <source>Severity</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>検出結果</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>%1 行 %2 列</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>検出結果</translation>
    </message>
    <message>
        <source>en</source>
        <comment>HTML lang attribute of exported documents</comment>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>mfapolicy::FixAllDialog</name>
    <message>
        <source>Fix All — account %1</source>
        <translation>すべて修正 — アカウント %1</translation>
    </message>
    <message>
        <source>&amp;Write Fix Folder…</source>
        <translation>修正フォルダーを書き出す(&amp;W)…</translation>
    </message>
    <message>
        <source>The corrected documents, the ones in force now, apply.sh, rollback.sh and summary.md, as &apos;mfa-policy account --fix&apos; writes them</source>
        <translation>修正後のドキュメント、現在有効なドキュメント、apply.sh、rollback.sh、summary.md を &apos;mfa-policy account --fix&apos; と同じ形で書き出します</translation>
    </message>
    <message>
        <source>Correcting every stale policy and analysing its users again…</source>
        <translation>古いポリシーをすべて修正し、そのユーザーを分析し直しています…</translation>
    </message>
    <message>
        <source>No policy of this account allows iam:CreateVirtualMFADevice only on devices named like the user: there is nothing to fix.</source>
        <translation>このアカウントには iam:CreateVirtualMFADevice をユーザー名と同じ名前のデバイスにしか許可していないポリシーはありません。修正するものはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n policy document(s) corrected with the default migration (the device resource any name may take, nothing else widened).</source>
        <translation>
            <numerusform>既定の移行で %n 個のポリシードキュメントを修正しました (任意の名前を使えるデバイスリソースにし、それ以外は広げていません)。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2): cannot be changed</source>
        <translation>%1 (%2): 変更できません</translation>
    </message>
    <message numerus="yes">
        <source>Reaches %n user(s): %1</source>
        <translation>
            <numerusform>適用されるユーザー %n 人: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No corrected document: AWS keeps this policy as it is. Write a customer managed copy with the device resource any name may take, attach it to these users or their groups, and detach this one.</source>
        <translation>修正後のドキュメントはありません。このポリシーは AWS が管理しており変更できません。任意の名前を使えるデバイスリソースにしたカスタマー管理ポリシーのコピーを作成し、これらのユーザーまたはそのグループにアタッチして、このポリシーをデタッチしてください。</translation>
    </message>
    <message>
        <source>No text changes.</source>
        <translation>テキストの変更はありません。</translation>
    </message>
    <message>
        <source>The fix is still being worked out.</source>
        <translation>修正をまだ作成中です。</translation>
    </message>
    <message>
        <source>MFA Policy Studio&apos;s Fix All</source>
        <translation>MFA Policy Studio の [すべて修正]</translation>
    </message>
    <message>
        <source>Write the Fix Folder Into</source>
        <translation>修正フォルダーの書き出し先</translation>
    </message>
    <message>
        <source>Folder not empty</source>
        <translation>フォルダーが空ではありません</translation>
    </message>
    <message>
        <source>%1 is not empty, and nothing in it is overwritten.

Write the fix into a new folder %2 inside it?</source>
        <translation>%1 は空ではありません。中のものは上書きしません。

その中の新しいフォルダー %2 に修正を書き出しますか?</translation>
    </message>
    <message>
        <source>Cannot write the fix folder</source>
        <translation>修正フォルダーを書き出せません</translation>
    </message>
    <message>
        <source>Fix folder written</source>
        <translation>修正フォルダーを書き出しました</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n corrected policy document(s), apply.sh, rollback.sh and summary.md. Review the documents, then run apply.sh with the AWS CLI&apos;s options for the account.</source>
        <translation>
            <numerusform>%1 に、修正後のポリシードキュメント %n 個、apply.sh、rollback.sh、summary.md を書き出しました。ドキュメントを確認してから、アカウント用の AWS CLI のオプションを付けて apply.sh を実行してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mfapolicy::HelpWindow</name>
    <message>
        <source>MFA Policy Studio Help</source>
        <translation>MFA Policy Studio ヘルプ</translation>
    </message>
</context>
<context>
    <name>mfapolicy::IdentityOptions</name>
    <message>
        <source>The IAM user name (default alice).</source>
        <translation>IAM ユーザー名 (既定: alice)。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The 12-digit account id (default 123456789012).</source>
        <translation>12 桁のアカウント ID (既定: 123456789012)。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The name the user types for the new MFA device.</source>
        <translation>ユーザーが新しい MFA デバイスに付ける名前。</translation>
    </message>
    <message>
        <source>The user&apos;s path, e.g. /engineering/ (default /).</source>
        <translation>ユーザーのパス。例: /engineering/ (既定: /)。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Another user of the account (default bob).</source>
        <translation>同じアカウントの別のユーザー (既定: bob)。</translation>
    </message>
    <message>
        <source>invalid --%1: %2</source>
        <translation>--%1 が無効です: %2</translation>
    </message>
</context>
<context>
    <name>mfapolicy::ImportAwsDialog</name>
    <message>
        <source>Canceled: nothing was fetched.</source>
        <translation>キャンセルしました: 何も取得していません。</translation>
    </message>
    <message>
        <source>Import from AWS</source>
        <translation>AWS からインポート</translation>
    </message>
    <message>
        <source>Reads every user, group and policy of the account through your AWS CLI (aws iam get-account-authorization-details). The CLI uses its own credentials and sign-in; the identity needs the permission iam:GetAccountAuthorizationDetails. Nothing is changed.</source>
        <translation>お使いの AWS CLI (aws iam get-account-authorization-details) で、アカウントのすべてのユーザー、グループ、ポリシーを読み取ります。認証情報とサインインは CLI 自身のものを使います。使用する ID には iam:GetAccountAuthorizationDetails のアクセス許可が必要です。何も変更しません。</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>プロファイル(&amp;P):</translation>
    </message>
    <message>
        <source>A profile of the AWS CLI; &quot;default&quot; lets the CLI choose as it does on its own</source>
        <translation>AWS CLI のプロファイル。「default」では CLI が通常どおり自分で選びます</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>リージョン(&amp;R):</translation>
    </message>
    <message>
        <source>the profile&apos;s region</source>
        <translation>プロファイルのリージョン</translation>
    </message>
    <message>
        <source>&amp;Endpoint URL:</source>
        <translation>エンドポイント URL(&amp;E):</translation>
    </message>
    <message>
        <source>optional, for a private endpoint or an emulator</source>
        <translation>省略可。プライベートエンドポイントやエミュレーター用</translation>
    </message>
    <message>
        <source>This AWS CLI cannot list its profiles (AWS CLI 2 can); type the profile&apos;s name.</source>
        <translation>この AWS CLI はプロファイルを一覧できません (AWS CLI 2 はできます)。プロファイル名を入力してください。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <source>Receiving the account: %1 KB…</source>
        <translation>アカウントを受信しています: %1 KB…</translation>
    </message>
    <message>
        <source>Waiting for the AWS CLI; large accounts take a while…</source>
        <translation>AWS CLI を待っています。大きなアカウントでは時間がかかります…</translation>
    </message>
</context>
<context>
    <name>mfapolicy::JsonLayout</name>
    <message>
        <source>The text is not valid JSON (line %1: %2). Correct it first; the layout is left as it is.</source>
        <translation>テキストが正しい JSON ではありません (%1 行目: %2)。先に修正してください。レイアウトは変更していません。</translation>
    </message>
</context>
<context>
    <name>mfapolicy::MainWindow</name>
    <message>
        <source>Policies (*.json);;All files (*)</source>
        <translation>ポリシー (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Open Policy</source>
        <translation>ポリシーを開く</translation>
    </message>
    <message>
        <source>Clear Recent Files</source>
        <translation>最近使ったファイルの一覧を消去</translation>
    </message>
    <message>
        <source>MFA Policy Studio</source>
        <translation>MFA Policy Studio</translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>検出結果なし</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>検出結果 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Enrollment scenario</source>
        <translation>登録シナリオ</translation>
    </message>
    <message>
        <source>Autosave failed</source>
        <translation>自動保存に失敗しました</translation>
    </message>
    <message>
        <source>The unsaved changes could not be copied to the recovery folder: %1.

If the studio ends unexpectedly, they are lost. Save your documents, or make the folder writable.</source>
        <translation>保存していない変更を復旧用フォルダーにコピーできませんでした: %1。

スタジオが予期せず終了すると、これらの変更は失われます。ドキュメントを保存するか、フォルダーを書き込み可能にしてください。</translation>
    </message>
    <message>
        <source>Autosave failed, unsaved changes are not protected against a crash: %1</source>
        <translation>自動保存に失敗しました。保存していない変更は、異常終了したときに復旧できません: %1</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>プリンシパル</translation>
    </message>
</context>
<context>
    <name>mfapolicy::MatrixCommand</name>
    <message>
        <source>text, json, csv, markdown or html.</source>
        <translation>text、json、csv、markdown、html のいずれか。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>POLICY... [options]</source>
        <translation>POLICY... [オプション]</translation>
    </message>
    <message>
        <source>give at least one policy file</source>
        <translation>ポリシーファイルを 1 つ以上指定してください</translation>
    </message>
    <message>
        <source>unknown --format %1 (%2)</source>
        <translation>不明な --format %1 です (%2)</translation>
    </message>
    <message>
        <source>Policy files attached to the user, or a principal file (- for standard input).</source>
        <translation>ユーザーにアタッチされたポリシーファイル、またはプリンシパルファイル (- で標準入力)。</translation>
    </message>
    <message>
        <source>  mfa-policy matrix force-mfa.json
  mfa-policy matrix force-mfa.json --user carol --device-name carol-yubikey
  mfa-policy matrix group-policy.json user-policy.json --format csv &gt; matrix.csv
  mfa-policy matrix alice.principal.json
  mfa-policy matrix --aws-managed ReadOnlyAccess --aws-managed IAMUserChangePassword self-manage.json
  mfa-policy matrix self-manage.json --boundary boundary.json --scp require-mfa-scp.json \
      --context aws:SourceIp=203.0.113.10
  mfa-policy matrix --account-dump account.json --user alice
</source>
        <translation>  mfa-policy matrix force-mfa.json
  mfa-policy matrix force-mfa.json --user carol --device-name carol-yubikey
  mfa-policy matrix group-policy.json user-policy.json --format csv &gt; matrix.csv
  mfa-policy matrix alice.principal.json
  mfa-policy matrix --aws-managed ReadOnlyAccess --aws-managed IAMUserChangePassword self-manage.json
  mfa-policy matrix self-manage.json --boundary boundary.json --scp require-mfa-scp.json \
      --context aws:SourceIp=203.0.113.10
  mfa-policy matrix --account-dump account.json --user alice
</translation>
    </message>
    <message>
        <source>Show what the policies allow with an MFA session, without MFA and with long-term access keys</source>
        <translation>ポリシーが MFA セッション、MFA なし、長期のアクセスキーのそれぞれで何を許可するかを表示します</translation>
    </message>
</context>
<context>
    <name>mfapolicy::MatrixFormatter</name>
    <message>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>リソース</translation>
    </message>
    <message>
        <source>User %1 (%2), new device named %3, other user %4</source>
        <translation>ユーザー %1 (%2)、新しいデバイスの名前 %3、他のユーザー %4</translation>
    </message>
    <message>
        <source>Legend: %1</source>
        <translation>凡例: %1</translation>
    </message>
    <message>
        <source>Resource pattern</source>
        <translation>リソースのパターン</translation>
    </message>
    <message>
        <source>MFA decision matrix</source>
        <translation>MFA 決定マトリックス</translation>
    </message>
    <message>
        <source>en</source>
        <comment>HTML lang attribute of exported documents</comment>
        <translation>ja</translation>
    </message>
    <message>
        <source>Before MFA, %1 can set up a virtual MFA device with a name of their choice (%2).</source>
        <translation>MFA なしの状態で、%1 は任意の名前の仮想 MFA デバイスを設定できます (%2)。</translation>
    </message>
    <message>
        <source>Before MFA, %1 can set up a virtual MFA device only if it is named exactly %1; the name %2 is refused.</source>
        <translation>MFA なしの状態で、%1 が仮想 MFA デバイスを設定できるのは名前が %1 と完全に一致する場合のみです。名前 %2 は拒否されます。</translation>
    </message>
    <message>
        <source>Before MFA, %1 cannot set up a virtual MFA device.</source>
        <translation>MFA なしの状態で、%1 は仮想 MFA デバイスを設定できません。</translation>
    </message>
    <message>
        <source>Before MFA, %1 can register a security key or hardware token.</source>
        <translation>MFA なしの状態で、%1 はセキュリティキーまたはハードウェアトークンを登録できます。</translation>
    </message>
    <message>
        <source>Before MFA, %1 cannot register a security key or hardware token.</source>
        <translation>MFA なしの状態で、%1 はセキュリティキーまたはハードウェアトークンを登録できません。</translation>
    </message>
    <message>
        <source>Before MFA, %1 can list every user name in the account (iam:ListUsers).</source>
        <translation>MFA なしの状態で、%1 はアカウント内のすべてのユーザー名を一覧表示できます (iam:ListUsers)。</translation>
    </message>
    <message>
        <source>With only a long-term access key, someone can enroll an MFA device for %1.</source>
        <translation>長期のアクセスキーだけで、誰でも %1 の MFA デバイスを登録できます。</translation>
    </message>
    <message>
        <source>Without MFA nothing in the matrix is allowed.</source>
        <translation>MFA なしでは、マトリックス内の何も許可されません。</translation>
    </message>
    <message>
        <source>Allowed without MFA: %1.</source>
        <translation>MFA なしで許可: %1。</translation>
    </message>
    <message>
        <source>Policies (the marks in the cells name the policies that decided):</source>
        <translation>ポリシー (セルの記号は判定したポリシーを示します):</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>除外</translation>
    </message>
    <message>
        <source>%1, level S%2 (%3)</source>
        <translation>%1、レベル S%2 (%3)</translation>
    </message>
    <message>
        <source>Request context: %1</source>
        <translation>リクエストコンテキスト: %1</translation>
    </message>
    <message>
        <source>a statement that could not be evaluated might decide</source>
        <translation>評価できないステートメントが判定を変える可能性があります</translation>
    </message>
    <message>
        <source>Some of these answers rest on undetermined cells, counted as not allowed: a statement that could not be evaluated might decide them.</source>
        <translation>これらの回答の一部は判定不能のセルに基づいており、許可されないものとして数えています。評価できないステートメントが判定を変える可能性があります。</translation>
    </message>
</context>
<context>
    <name>mfapolicy::MatrixNotice</name>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (%2 行目)</translation>
    </message>
    <message numerus="yes">
        <source>The matrix leaves out or only partly evaluates %n statement(s) with errors (see the findings): %1. Its decisions may differ from what IAM would decide for the corrected policy.</source>
        <translation>
            <numerusform>マトリックスは、エラーのある %n 個のステートメントを除外しているか、一部しか評価していません (検出結果を参照): %1。修正後のポリシーに対して IAM が下す決定とは異なる場合があります。</numerusform>
        </translation>
    </message>
    <message>
        <source>The text has errors at line %1, column %2, and no version of it has been read without errors yet, so the matrix is empty.</source>
        <translation>テキストの %1 行目 %2 列目にエラーがあります。エラーなしで読み取れたバージョンがまだないため、マトリックスは空です。</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) ago</source>
        <translation>
            <numerusform>%n 秒前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n 分前</numerusform>
        </translation>
    </message>
    <message>
        <source>The text has errors at line %1, column %2. The matrix shows the last version without errors (%3), not the text as it is now.</source>
        <translation>テキストの %1 行目 %2 列目にエラーがあります。マトリックスは現在のテキストではなく、エラーのなかった最後のバージョン (%3) を表示しています。</translation>
    </message>
    <message>
        <source>The text is far larger than any IAM policy can be, so the decision matrix is not computed. Findings are still shown.</source>
        <translation>テキストが IAM ポリシーの上限を大きく超えているため、決定マトリックスは計算しません。検出結果は引き続き表示されます。</translation>
    </message>
</context>
<context>
    <name>mfapolicy::MatrixPane</name>
    <message>
        <source>User %1 with this policy alone</source>
        <translation>ユーザー %1、このポリシーのみ</translation>
    </message>
    <message numerus="yes">
        <source>%n identity-based policies</source>
        <translation>
            <numerusform>アイデンティティベースのポリシー %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>a permissions boundary</source>
        <translation>アクセス許可の境界</translation>
    </message>
    <message numerus="yes">
        <source>SCPs at %n level(s)</source>
        <translation>
            <numerusform>%n 階層のサービスコントロールポリシー (SCP)</numerusform>
        </translation>
    </message>
    <message>
        <source>User %1: %2</source>
        <translation>ユーザー %1: %2</translation>
    </message>
    <message>
        <source>(this document is not attached: it counts as an inline policy)</source>
        <translation>(このドキュメントはアタッチされていないため、インラインポリシーとして扱います)</translation>
    </message>
</context>
<context>
    <name>mfapolicy::MatrixRenderer</name>
    <message>
        <source>Simulated user %1, account %2, device name &quot;%3&quot;</source>
        <translation>シミュレートするユーザー %1、アカウント %2、デバイス名 &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>検出結果</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>[%1] %2: %3</source>
        <translation>[%1] %2: %3</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>リソース</translation>
    </message>
    <message>
        <source>changed cell</source>
        <translation>変化したセル</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
</context>
<context>
    <name>mfapolicy::MatrixSelection</name>
    <message>
        <source>&amp;Rows:</source>
        <translation>行(&amp;R):</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>列:</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>すべての行</translation>
    </message>
    <message>
        <source>The actions shown; uncheck an action to leave its rows out</source>
        <translation>表示するアクション。チェックを外すとそのアクションの行を除外します</translation>
    </message>
    <message>
        <source>Actions shown</source>
        <translation>表示するアクション</translation>
    </message>
    <message>
        <source>Only rows that differ</source>
        <translation>差のある行のみ</translation>
    </message>
    <message>
        <source>Only MFA actions</source>
        <translation>MFA アクションのみ</translation>
    </message>
</context>
<context>
    <name>mfapolicy::MigrateCommand</name>
    <message>
        <source>Rewrite stale MFA device resources and related fixes, keeping the file&apos;s formatting</source>
        <translation>古い MFA デバイスリソースと関連する問題を、ファイルの書式を保ったまま書き換えます</translation>
    </message>
    <message>
        <source>Print the change as a unified diff instead of the policy.</source>
        <translation>ポリシーの代わりに、変更を unified diff 形式で出力します。</translation>
    </message>
    <message>
        <source>Write the migrated policy to FILE.</source>
        <translation>移行したポリシーを FILE に書き出します。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Replace POLICY with the migrated policy.</source>
        <translation>POLICY を移行したポリシーで置き換えます。</translation>
    </message>
    <message>
        <source>Apply these changes (comma-separated ids) instead of the default ones.</source>
        <translation>既定の変更の代わりに、これらの変更 (カンマ区切りの ID) を適用します。</translation>
    </message>
    <message>
        <source>ID,ID</source>
        <translation>ID,ID</translation>
    </message>
    <message>
        <source>List the proposed changes and exit.</source>
        <translation>提案される変更を一覧表示して終了します。</translation>
    </message>
    <message>
        <source>give exactly one policy file</source>
        <translation>ポリシーファイルを 1 つだけ指定してください</translation>
    </message>
    <message>
        <source>--diff, -o and --in-place exclude each other</source>
        <translation>--diff、-o、--in-place は同時に指定できません</translation>
    </message>
    <message>
        <source>--in-place needs a file, not standard input</source>
        <translation>--in-place には標準入力ではなくファイルが必要です</translation>
    </message>
    <message>
        <source>Nothing to migrate in %1.</source>
        <translation>%1 に移行するものはありません。</translation>
    </message>
    <message>
        <source>default</source>
        <translation>既定</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>%1 is not a change proposed for %2 (proposed: %3)</source>
        <translation>%1 は %2 に提案された変更ではありません (提案: %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Applied: %1 [%2]</source>
        <translation>適用: %1 [%2]</translation>
    </message>
    <message>
        <source>%1: not a regular file (a pipe or a device); --in-place needs a file</source>
        <translation>%1: 通常のファイルではありません (パイプまたはデバイス)。--in-place にはファイルが必要です</translation>
    </message>
    <message>
        <source>the permissions boundary %1</source>
        <translation>アクセス許可の境界 %1</translation>
    </message>
    <message>
        <source>the AWS managed policy %1</source>
        <translation>AWS 管理ポリシー %1</translation>
    </message>
    <message>
        <source>the customer managed policy %1</source>
        <translation>カスタマー管理ポリシー %1</translation>
    </message>
    <message>
        <source>the inline policy %1 of the group %2</source>
        <translation>グループ %2 のインラインポリシー %1</translation>
    </message>
    <message>
        <source>the policy %1</source>
        <translation>ポリシー %1</translation>
    </message>
    <message>
        <source>The policy file (- for standard input), or the files of a principal.</source>
        <translation>ポリシーファイル (- は標準入力)、またはプリンシパルのファイル。</translation>
    </message>
    <message>
        <source>  mfa-policy migrate force-mfa.json --list
  mfa-policy migrate force-mfa.json --diff
  mfa-policy migrate force-mfa.json --in-place
  mfa-policy migrate force-mfa.json --apply create-device-any-name,drop-list-users -o new.json
  mfa-policy migrate alice.principal.json --diff
  mfa-policy migrate --account-dump account.json --user alice -o migrated.json
Writes go through a temporary file, so POLICY is never left half-written.
Given a principal (a principal file, several policy files, --aws-managed, --boundary, --scp, --scp-level, --context or --account-dump with --user), migrate finds the one policy whose stale device resource keeps the user from creating a virtual MFA device with its own name without MFA (the user&apos;s or a group&apos;s inline policy, a customer managed policy, or the boundary) and migrates that policy; --in-place then needs that policy to have a file of its own. For an AWS managed policy it writes the migrated copy to attach instead, as a customer managed policy. Exits 1 when the refusal is not a stale device resource or cannot be decided, 0 when there is nothing to migrate.
</source>
        <translation>  mfa-policy migrate force-mfa.json --list
  mfa-policy migrate force-mfa.json --diff
  mfa-policy migrate force-mfa.json --in-place
  mfa-policy migrate force-mfa.json --apply create-device-any-name,drop-list-users -o new.json
  mfa-policy migrate alice.principal.json --diff
  mfa-policy migrate --account-dump account.json --user alice -o migrated.json
書き込みは一時ファイルを経由するため、POLICY が書きかけのまま残ることはありません。
プリンシパル (プリンシパルファイル、複数のポリシーファイル、--aws-managed、--boundary、--scp、--scp-level、--context、または --account-dump と --user) を指定すると、migrate は、古いデバイスリソースのためにユーザーが MFA なしで自分の名前の仮想 MFA デバイスを作成できない原因となっているポリシー (ユーザーまたはグループのインラインポリシー、カスタマー管理ポリシー、またはアクセス許可の境界) を 1 つ見つけ、そのポリシーを移行します。その場合 --in-place には、そのポリシーに専用のファイルが必要です。AWS 管理ポリシーの場合は、代わりにカスタマー管理ポリシーとしてアタッチする移行済みのコピーを書き出します。拒否の原因が古いデバイスリソースでないか判定できない場合は 1 で、移行するものがない場合は 0 で終了します。
</translation>
    </message>
    <message>
        <source>POLICY... [--diff | -o OUT | --in-place] [options]</source>
        <translation>POLICY... [--diff | -o OUT | --in-place] [オプション]</translation>
    </message>
    <message>
        <source>Nothing to migrate: %1 can create a virtual MFA device called %2 without MFA already.</source>
        <translation>移行するものはありません。%1 は MFA なしで %2 という仮想 MFA デバイスをすでに作成できます。</translation>
    </message>
    <message>
        <source>No answer: a statement that cannot be evaluated might decide whether %1 can create a virtual MFA device called %2 without MFA; fix it first (mfa-policy check).</source>
        <translation>判定できません。評価できないステートメントが、%1 が MFA なしで %2 という仮想 MFA デバイスを作成できるかどうかを決める可能性があります。まずそれを修正してください (mfa-policy check)。</translation>
    </message>
    <message>
        <source>No policy&apos;s device resource causes this, so migrating does not help: the %1 must allow iam:CreateVirtualMFADevice (mfa-policy matrix explains the cell).</source>
        <translation>この拒否はどのポリシーのデバイスリソースによるものでもないため、移行しても解決しません。%1 が iam:CreateVirtualMFADevice を許可する必要があります (mfa-policy matrix でそのセルの説明を確認できます)。</translation>
    </message>
    <message>
        <source>--in-place cannot change an AWS managed policy; use -o</source>
        <translation>--in-place では AWS 管理ポリシーを変更できません。-o を使用してください</translation>
    </message>
    <message>
        <source>Migrating %1: its device resource keeps %2 from creating a virtual MFA device called %3.</source>
        <translation>%1 を移行します。そのデバイスリソースのため、%2 は %3 という仮想 MFA デバイスを作成できません。</translation>
    </message>
    <message>
        <source>%1 has no file of its own (it is written inside the principal file or the account dump); use -o</source>
        <translation>%1 には専用のファイルがありません (プリンシパルファイルまたはアカウントダンプの中に書かれています)。-o を使用してください</translation>
    </message>
    <message>
        <source>%1 cannot create a virtual MFA device called %2 because of %3, and AWS managed policies cannot be changed: create a customer managed policy with the migrated text written here, attach it to %1 and detach %4.</source>
        <translation>%3 のため %1 は %2 という仮想 MFA デバイスを作成できません。AWS 管理ポリシーは変更できないため、ここに書き出した移行済みのテキストでカスタマー管理ポリシーを作成し、%1 にアタッチして %4 をデタッチしてください。</translation>
    </message>
</context>
<context>
    <name>mfapolicy::MigrationDialog</name>
    <message>
        <source>This policy needs no migration: it already matches what the current AWS examples do.</source>
        <translation>このポリシーは移行の必要がありません。すでに現行の AWS の例と同じ内容です。</translation>
    </message>
    <message>
        <source>No text changes.</source>
        <translation>テキストの変更はありません。</translation>
    </message>
    <message>
        <source>Matrix cells that change (%1)</source>
        <translation>変化するマトリックスのセル (%1)</translation>
    </message>
    <message>
        <source>%1 (migrated)</source>
        <translation>%1 (移行後)</translation>
    </message>
    <message>
        <source>Pick the changes to make. The checked ones restore enrollment with any device name (mfa/*); because device names are not owned by users, a name such as another user&apos;s becomes creatable too, as in AWS&apos;s current example. The others align the policy with the current AWS examples.</source>
        <translation>行う変更を選んでください。チェックされた変更は、どのデバイス名でも登録できるようにします (mfa/*)。デバイス名はユーザーのものではないため、AWS の現在の例と同じく、別のユーザーの名前のような名前でも作成できるようになります。その他の変更は、ポリシーを AWS の現在の例に合わせます。</translation>
    </message>
    <message>
        <source>%1 (formatted)</source>
        <translation>%1 (整形済み)</translation>
    </message>
    <message>
        <source>%1 (migrated, formatted)</source>
        <translation>%1 (移行後、整形済み)</translation>
    </message>
</context>
<context>
    <name>mfapolicy::PolicyEditor</name>
    <message>
        <source>Read-only file: you can edit, and save the changes with Save As.</source>
        <translation>読み取り専用のファイルです。編集はできます。変更は [名前を付けて保存] で保存してください。</translation>
    </message>
</context>
<context>
    <name>mfapolicy::PolicyFiles</name>
    <message>
        <source>cannot read standard input</source>
        <translation>標準入力を読み込めません</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: ファイルがありません</translation>
    </message>
    <message>
        <source>%1: is a folder, not a policy file</source>
        <translation>%1: ポリシーファイルではなくフォルダーです</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: 読み込めません: %2</translation>
    </message>
    <message>
        <source>%1: error: %2 [%3]
</source>
        <translation>%1: エラー: %2 [%3]
</translation>
    </message>
    <message>
        <source>%1: error: not valid JSON
</source>
        <translation>%1: エラー: 有効な JSON ではありません
</translation>
    </message>
    <message>
        <source>%1: is %2 bytes; a policy file is at most %3 bytes (IAM policies are at most 10,240 characters)</source>
        <translation>%1: %2 バイトあります。ポリシーファイルは最大 %3 バイトです (IAM ポリシーは最大 10,240 文字)</translation>
    </message>
    <message>
        <source>%1: is UTF-16 text; policies are UTF-8 JSON (convert it, e.g. with iconv -f UTF-16 -t UTF-8)</source>
        <translation>%1: UTF-16 のテキストです。ポリシーは UTF-8 の JSON です (例: iconv -f UTF-16 -t UTF-8 で変換してください)</translation>
    </message>
    <message>
        <source>%1:%2:%3: not a text file: a NUL byte (binary data); a policy is JSON text</source>
        <translation>%1:%2:%3: テキストファイルではありません: NUL バイトがあります (バイナリデータ)。ポリシーは JSON テキストです</translation>
    </message>
</context>
<context>
    <name>mfapolicy::PolicyTab</name>
    <message>
        <source>managed</source>
        <translation>管理ポリシー</translation>
    </message>
    <message>
        <source>inline, user</source>
        <translation>インライン、ユーザー</translation>
    </message>
    <message>
        <source>inline, group</source>
        <translation>インライン、グループ</translation>
    </message>
    <message>
        <source>inline, role</source>
        <translation>インライン、ロール</translation>
    </message>
    <message>
        <source>Analysing a large text…</source>
        <translation>大きなテキストを分析しています…</translation>
    </message>
    <message>
        <source>Valid JSON</source>
        <translation>有効な JSON</translation>
    </message>
    <message numerus="yes">
        <source>Invalid JSON (%n error(s))</source>
        <translation>
            <numerusform>無効な JSON (エラー %n 件)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2 (%3)</source>
        <translation>%1 / %2 (%3)</translation>
    </message>
    <message>
        <source>— over the quota</source>
        <translation>— クォータ超過</translation>
    </message>
    <message>
        <source>Analysis cancelled: the matrix and the findings are those of an earlier text. Edit the text to analyse it again.</source>
        <translation>分析をキャンセルしました: マトリックスと検出結果は以前のテキストのものです。もう一度分析するにはテキストを編集してください。</translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>検出結果なし</translation>
    </message>
</context>
<context>
    <name>mfapolicy::PolicyTemplates</name>
    <message>
        <source>AWS IAM User Guide</source>
        <translation>AWS IAM ユーザーガイド</translation>
    </message>
    <message>
        <source>Self-manage an MFA device (current AWS example)</source>
        <translation>MFA デバイスのセルフ管理 (現行の AWS の例)</translation>
    </message>
    <message>
        <source>%1: Allows IAM users to self-manage an MFA device (current)</source>
        <translation>%1: IAM ユーザーに MFA デバイスのセルフ管理を許可する (現行)</translation>
    </message>
    <message>
        <source>Self-manage an MFA device (before November 2022)</source>
        <translation>MFA デバイスのセルフ管理 (2022 年 11 月以前)</translation>
    </message>
    <message>
        <source>%1: Allows IAM users to self-manage an MFA device (as published in September 2022)</source>
        <translation>%1: IAM ユーザーに MFA デバイスのセルフ管理を許可する (2022 年 9 月の公開時点)</translation>
    </message>
    <message>
        <source>Security credentials page (current AWS example)</source>
        <translation>セキュリティ認証情報ページ (現行の AWS の例)</translation>
    </message>
    <message>
        <source>%1: Allows MFA-authenticated IAM users to manage their own credentials on the Security credentials page (November 2022)</source>
        <translation>%1: MFA 認証された IAM ユーザーに、セキュリティ認証情報ページで自分の認証情報の管理を許可する (2022 年 11 月)</translation>
    </message>
    <message>
        <source>Security credentials page (before November 2022)</source>
        <translation>セキュリティ認証情報ページ (2022 年 11 月以前)</translation>
    </message>
    <message>
        <source>%1: Security credentials page example as published in June 2022</source>
        <translation>%1: セキュリティ認証情報ページの例 (2022 年 6 月の公開時点)</translation>
    </message>
    <message>
        <source>Empty policy</source>
        <translation>空のポリシー</translation>
    </message>
    <message>
        <source>Version 2012-10-17 and no statements</source>
        <translation>Version 2012-10-17、ステートメントなし</translation>
    </message>
</context>
<context>
    <name>mfapolicy::PresentationMode</name>
    <message>
        <source>Legend</source>
        <translation>凡例</translation>
    </message>
    <message>
        <source>Legend:</source>
        <translation>凡例:</translation>
    </message>
</context>
<context>
    <name>mfapolicy::PrincipalActions</name>
    <message>
        <source>Principals (*.json);;All files (*)</source>
        <translation>プリンシパル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Open Principal</source>
        <translation>プリンシパルを開く</translation>
    </message>
    <message>
        <source>Save Principal As…</source>
        <translation>プリンシパルに名前を付けて保存…</translation>
    </message>
    <message>
        <source>Recent Principals</source>
        <translation>最近使ったプリンシパル</translation>
    </message>
    <message>
        <source>Clear Recent Principals</source>
        <translation>最近使ったプリンシパルの履歴を消去</translation>
    </message>
    <message>
        <source>Not valid JSON: %1</source>
        <translation>有効な JSON ではありません: %1</translation>
    </message>
    <message>
        <source>A principal file is a JSON object with &quot;policies&quot;.</source>
        <translation>プリンシパルファイルは &quot;policies&quot; を持つ JSON オブジェクトです。</translation>
    </message>
    <message>
        <source>Unknown member %1.</source>
        <translation>不明なメンバー %1 です。</translation>
    </message>
    <message>
        <source>This value must be %1.</source>
        <translation>この値は %1 でなければなりません。</translation>
    </message>
    <message>
        <source>A policy needs exactly one of &quot;file&quot;, &quot;awsManaged&quot; or &quot;policy&quot;.</source>
        <translation>ポリシーには &quot;file&quot;、&quot;awsManaged&quot;、&quot;policy&quot; のいずれか 1 つだけが必要です。</translation>
    </message>
    <message>
        <source>The policy file %1 cannot be read: %2</source>
        <translation>ポリシーファイル %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>No AWS managed policy is named %1 in the bundled data.</source>
        <translation>同梱のデータに %1 という名前の AWS 管理ポリシーはありません。</translation>
    </message>
    <message>
        <source>No SCP is named %1.</source>
        <translation>%1 という名前の SCP はありません。</translation>
    </message>
    <message>
        <source>The policy %1 has %2 error(s).</source>
        <translation>ポリシー %1 に %2 件のエラーがあります。</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>%1 行 %2 列: %3</translation>
    </message>
    <message>
        <source>At %1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot open the principal</source>
        <translation>プリンシパルを開けません</translation>
    </message>
    <message>
        <source>%1 cannot be used as a principal:

%2</source>
        <translation>%1 はプリンシパルとして使用できません:

%2</translation>
    </message>
    <message>
        <source>Principal opened with warnings</source>
        <translation>プリンシパルを開きました (警告あり)</translation>
    </message>
    <message>
        <source>Principal %1 opened</source>
        <translation>プリンシパル %1 を開きました</translation>
    </message>
    <message>
        <source>Cannot save the principal</source>
        <translation>プリンシパルを保存できません</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 を保存できませんでした: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>Save Principal As</source>
        <translation>プリンシパルに名前を付けて保存</translation>
    </message>
    <message>
        <source>Open Pr&amp;incipal…</source>
        <translation>プリンシパルを開く(&amp;I)…</translation>
    </message>
    <message>
        <source>Sa&amp;ve Principal</source>
        <translation>プリンシパルを保存(&amp;V)</translation>
    </message>
</context>
<context>
    <name>mfapolicy::PrincipalExplanation</name>
    <message>
        <source>the identity-based policies</source>
        <translation>アイデンティティベースのポリシー</translation>
    </message>
    <message>
        <source>the permissions boundary</source>
        <translation>アクセス許可の境界</translation>
    </message>
    <message>
        <source>the SCPs of level %1 (%2)</source>
        <translation>第 %1 階層 (%2) の SCP</translation>
    </message>
    <message>
        <source>the SCPs</source>
        <translation>SCP</translation>
    </message>
    <message>
        <source>boundary</source>
        <translation>境界</translation>
    </message>
    <message>
        <source>SCP</source>
        <translation>SCP</translation>
    </message>
    <message>
        <source>inline</source>
        <translation>インライン</translation>
    </message>
    <message>
        <source>customer managed</source>
        <translation>カスタマー管理ポリシー</translation>
    </message>
    <message>
        <source>AWS managed</source>
        <translation>AWS 管理ポリシー</translation>
    </message>
    <message>
        <source>%1, group %2</source>
        <translation>%1、グループ %2</translation>
    </message>
    <message>
        <source>Decided by %1: no statement allows it.</source>
        <translation>%1 により判定: 許可するステートメントがありません。</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <source>Denied by %1: %2.</source>
        <translation>%1 により拒否: %2。</translation>
    </message>
    <message>
        <source>Allowed by %1: %2.</source>
        <translation>%1 により許可: %2。</translation>
    </message>
    <message>
        <source>on</source>
        <translation>対象:</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>%1 へ移動</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>mfapolicy::PrincipalInput</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>有効な JSON ではありません: %1</translation>
    </message>
    <message>
        <source>a principal file is a JSON object with &quot;policies&quot;</source>
        <translation>プリンシパルファイルは &quot;policies&quot; を持つ JSON オブジェクトです</translation>
    </message>
    <message>
        <source>unknown member &quot;%1&quot;</source>
        <translation>不明なメンバー &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>%1 でなければなりません</translation>
    </message>
    <message>
        <source>a policy needs exactly one of &quot;file&quot;, &quot;awsManaged&quot; and &quot;policy&quot;</source>
        <translation>ポリシーには &quot;file&quot;、&quot;awsManaged&quot;、&quot;policy&quot; のいずれか 1 つだけが必要です</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>no AWS managed policy is called %1 (in the bundled data of %2)</source>
        <translation>%1 という AWS 管理ポリシーはありません (同梱データ %2 による)</translation>
    </message>
    <message>
        <source>no SCP is known by the name %1 (only FullAWSAccess is; give others as files)</source>
        <translation>%1 という名前の SCP は知られていません (名前で指定できるのは FullAWSAccess だけです。ほかはファイルで指定してください)</translation>
    </message>
    <message>
        <source>An AWS managed policy attached to the user, by name or ARN (repeatable).</source>
        <translation>ユーザーにアタッチされた AWS 管理ポリシー (名前または ARN、繰り返し指定可)。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The user&apos;s permissions boundary.</source>
        <translation>ユーザーのアクセス許可の境界。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>A service control policy above the account, beside FullAWSAccess at one level (repeatable).</source>
        <translation>アカウントより上のサービスコントロールポリシー (SCP)。1 つのレベルで FullAWSAccess と並べて置きます (繰り返し指定可)。</translation>
    </message>
    <message>
        <source>Extra request context for every request, e.g. aws:SourceIp=203.0.113.10 (repeatable).</source>
        <translation>すべてのリクエストに加えるリクエストコンテキスト。例: aws:SourceIp=203.0.113.10 (繰り返し指定可)。</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>KEY=VALUE</translation>
    </message>
    <message>
        <source>Take the user named by --user from this account dump (aws iam get-account-authorization-details) instead of policy files.</source>
        <translation>ポリシーファイルの代わりに、このアカウントのダンプ (aws iam get-account-authorization-details) から --user で指定したユーザーを使います。</translation>
    </message>
    <message>
        <source>DUMP</source>
        <translation>DUMP</translation>
    </message>
    <message>
        <source>%1: error: %2
</source>
        <translation>%1: エラー: %2
</translation>
    </message>
    <message>
        <source>--account-dump needs --user NAME: the user of the dump to simulate</source>
        <translation>--account-dump には --user NAME (シミュレートするダンプ内のユーザー) が必要です</translation>
    </message>
    <message>
        <source>%1 was not read whole, so the user&apos;s policies may be missing</source>
        <translation>%1 は全体を読めなかったため、ユーザーのポリシーが欠けている可能性があります</translation>
    </message>
    <message>
        <source>%1 has no user called %2</source>
        <translation>%1 に %2 というユーザーはいません</translation>
    </message>
    <message>
        <source>user %1 cannot be simulated: something its requests depend on is missing from %2</source>
        <translation>ユーザー %1 はシミュレートできません: リクエストの判定に必要なものが %2 にありません</translation>
    </message>
    <message>
        <source>a user has at most one permissions boundary</source>
        <translation>ユーザーのアクセス許可の境界は 1 つまでです</translation>
    </message>
    <message>
        <source>--context takes KEY=VALUE, not %1</source>
        <translation>--context には KEY=VALUE を指定します (%1 ではありません)</translation>
    </message>
    <message>
        <source>give either policy files or --account-dump, not both</source>
        <translation>ポリシーファイルか --account-dump のどちらか一方を指定してください</translation>
    </message>
    <message>
        <source>give at most one principal file (%1 is the second)</source>
        <translation>プリンシパルファイルは 1 つまでです (%1 が 2 つ目です)</translation>
    </message>
    <message>
        <source>The SCPs attached at one level of the organization, exactly (repeatable, from the root down to the account; FullAWSAccess by name). Every level must allow a request.</source>
        <translation>組織の 1 つのレベルにアタッチされているサービスコントロールポリシー (SCP) そのもの (繰り返し指定可能。ルートからアカウントに向かって順に指定。FullAWSAccess は名前で指定)。リクエストはすべてのレベルで許可される必要があります。</translation>
    </message>
    <message>
        <source>FILE,FILE</source>
        <translation>FILE,FILE</translation>
    </message>
    <message>
        <source>--scp and --scp-level exclude each other: give FullAWSAccess in --scp-level where it is attached</source>
        <translation>--scp と --scp-level は同時に指定できません。FullAWSAccess はアタッチされているレベルの --scp-level に指定してください</translation>
    </message>
    <message>
        <source>--scp-level needs at least one policy (FILE,FILE or FullAWSAccess)</source>
        <translation>--scp-level には少なくとも 1 つのポリシーが必要です (FILE,FILE または FullAWSAccess)</translation>
    </message>
</context>
<context>
    <name>mfapolicy::PrincipalNavigator</name>
    <message>
        <source>The policy %1 is not open in the studio and has no file to open.</source>
        <translation>ポリシー %1 はスタジオで開かれておらず、開くファイルもありません。</translation>
    </message>
    <message>
        <source>%1 no longer has this finding.</source>
        <translation>%1 にはこの検出結果がもうありません。</translation>
    </message>
</context>
<context>
    <name>mfapolicy::PrincipalPanel</name>
    <message>
        <source>open in the studio</source>
        <translation>スタジオで開いています</translation>
    </message>
    <message>
        <source>Simulated user</source>
        <translation>シミュレートするユーザー</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>アカウント:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>ユーザー:</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>パス:</translation>
    </message>
    <message>
        <source>Device name:</source>
        <translation>デバイス名:</translation>
    </message>
    <message>
        <source>Other user:</source>
        <translation>他のユーザー:</translation>
    </message>
    <message>
        <source>The 12-digit AWS account ID of the simulated user</source>
        <translation>シミュレートするユーザーの 12 桁の AWS アカウント ID</translation>
    </message>
    <message>
        <source>The IAM user name (aws:username)</source>
        <translation>IAM ユーザー名 (aws:username)</translation>
    </message>
    <message>
        <source>The user&apos;s path, &quot;/&quot; or for example &quot;/engineering/&quot;</source>
        <translation>ユーザーのパス。&quot;/&quot; または &quot;/engineering/&quot; など</translation>
    </message>
    <message>
        <source>The name the user types for a new virtual MFA device</source>
        <translation>ユーザーが新しい仮想 MFA デバイスに付ける名前</translation>
    </message>
    <message>
        <source>Another user of the account, for the &quot;another user&quot; rows</source>
        <translation>「他のユーザー」の行に使う、同じアカウントの別のユーザー</translation>
    </message>
    <message>
        <source>Attached policies</source>
        <translation>アタッチされたポリシー</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>ポリシー</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Clear a check box to leave a policy out without removing it. A document that is not attached is evaluated as the user&apos;s inline policy.</source>
        <translation>チェックを外すと、ポリシーを削除せずに評価から除外します。アタッチされていないドキュメントは、ユーザーのインラインポリシーとして評価します。</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Permissions boundary</source>
        <translation>アクセス許可の境界</translation>
    </message>
    <message>
        <source>Set…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Service control policies (SCPs)</source>
        <translation>サービスコントロールポリシー (SCP)</translation>
    </message>
    <message>
        <source>One level per organization level above the account, the root first. Every level must allow a request.</source>
        <translation>アカウントの上位にある組織の階層ごとに 1 レベル (ルートが先頭)。リクエストはすべての階層で許可される必要があります。</translation>
    </message>
    <message>
        <source>Add Level</source>
        <translation>階層を追加</translation>
    </message>
    <message>
        <source>Add SCP…</source>
        <translation>SCP を追加…</translation>
    </message>
    <message>
        <source>Extra context keys</source>
        <translation>追加のコンテキストキー</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Added to every simulated request, for example aws:SourceIp or aws:RequestedRegion</source>
        <translation>シミュレートするすべてのリクエストに追加します (例: aws:SourceIp、aws:RequestedRegion)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>None: the user&apos;s policies alone decide.</source>
        <translation>なし: ユーザーのポリシーのみで判定します。</translation>
    </message>
    <message>
        <source>Level %1: %2</source>
        <translation>第 %1 階層: %2</translation>
    </message>
    <message>
        <source>None: the account is not in an organization.</source>
        <translation>なし: アカウントは組織に属していません。</translation>
    </message>
    <message>
        <source>Cannot attach the policy</source>
        <translation>ポリシーをアタッチできません</translation>
    </message>
    <message>
        <source>No AWS managed policy is named %1 in the bundled data.</source>
        <translation>同梱のデータに %1 という名前の AWS 管理ポリシーはありません。</translation>
    </message>
    <message>
        <source>Open document: %1</source>
        <translation>開いているドキュメント: %1</translation>
    </message>
    <message>
        <source>Policy File…</source>
        <translation>ポリシーファイル…</translation>
    </message>
    <message>
        <source>Attach a Policy File</source>
        <translation>ポリシーファイルをアタッチ</translation>
    </message>
    <message>
        <source>Policies (*.json);;All files (*)</source>
        <translation>ポリシー (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>AWS Managed Policy…</source>
        <translation>AWS 管理ポリシー…</translation>
    </message>
    <message>
        <source>organization root</source>
        <translation>組織のルート</translation>
    </message>
    <message>
        <source>organizational unit %1</source>
        <translation>組織単位 (OU) %1</translation>
    </message>
</context>
<context>
    <name>mfapolicy::RecoveryStore</name>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>the folder %1 cannot be locked</source>
        <translation>フォルダー %1 をロックできません</translation>
    </message>
</context>
<context>
    <name>mfapolicy::RequestStream</name>
    <message>
        <source>&quot;context&quot; must be an object of keys and values</source>
        <translation>&quot;context&quot; はキーと値のオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>context key &quot;%1&quot;: array values must be strings, numbers or booleans</source>
        <translation>コンテキストキー &quot;%1&quot;: 配列の値は文字列、数値、ブール値のいずれかである必要があります</translation>
    </message>
    <message>
        <source>context key &quot;%1&quot; must be a string, number, boolean or array; leave a key out to make it absent</source>
        <translation>コンテキストキー &quot;%1&quot; は文字列、数値、ブール値、配列のいずれかである必要があります。キーを不在にするには省略してください</translation>
    </message>
    <message>
        <source>policies[%1] is not a policy object</source>
        <translation>policies[%1] はポリシーオブジェクトではありません</translation>
    </message>
    <message>
        <source>empty line: expected a request object</source>
        <translation>空行です: リクエストのオブジェクトが必要です</translation>
    </message>
    <message>
        <source>column %1: not valid JSON</source>
        <translation>%1 列目: 有効な JSON ではありません</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>有効な JSON ではありません</translation>
    </message>
    <message>
        <source>a request must be a JSON object</source>
        <translation>リクエストは JSON オブジェクトである必要があります</translation>
    </message>
    <message>
        <source>&quot;policies&quot; must be an array of policies</source>
        <translation>&quot;policies&quot; はポリシーの配列である必要があります</translation>
    </message>
    <message>
        <source>&quot;action&quot; must be a string such as &quot;iam:GetUser&quot;</source>
        <translation>&quot;action&quot; は &quot;iam:GetUser&quot; のような文字列である必要があります</translation>
    </message>
    <message>
        <source>&quot;resource&quot; must be a string: an ARN, or &quot;*&quot; for actions without a resource type</source>
        <translation>&quot;resource&quot; は文字列である必要があります: ARN、またはリソースタイプのないアクションでは &quot;*&quot;</translation>
    </message>
    <message>
        <source>&quot;principal&quot; must be a string (an ARN)</source>
        <translation>&quot;principal&quot; は文字列 (ARN) である必要があります</translation>
    </message>
    <message>
        <source>policies[%1] (%2) cannot be read completely: %3</source>
        <translation>policies[%1] (%2) を完全には読み取れません: %3</translation>
    </message>
    <message>
        <source>unknown member &quot;%1&quot; (a request has id, policies, principal, action, resource, context, permissionsBoundary and scps)</source>
        <translation>不明なメンバー &quot;%1&quot; です (リクエストに書けるのは id、policies、principal、action、resource、context、permissionsBoundary、scps です)</translation>
    </message>
    <message>
        <source>&quot;scps&quot; must be an array of levels, root first, each an array of policies</source>
        <translation>&quot;scps&quot; はレベルの配列 (ルートから順に、各レベルはポリシーの配列) でなければなりません</translation>
    </message>
    <message>
        <source>&quot;permissionsBoundary&quot; must be a policy</source>
        <translation>&quot;permissionsBoundary&quot; はポリシーでなければなりません</translation>
    </message>
    <message>
        <source>too many SCP levels</source>
        <translation>SCP のレベルが多すぎます</translation>
    </message>
    <message>
        <source>scps[%1]</source>
        <translation>scps[%1]</translation>
    </message>
    <message>
        <source>column %1: nested deeper than %2 levels</source>
        <translation>%1 列目: 入れ子が %2 階層を超えています</translation>
    </message>
    <message>
        <source>permissionsBoundary</source>
        <translation>permissionsBoundary</translation>
    </message>
</context>
<context>
    <name>mfapolicy::RollbackRunner</name>
    <message>
        <source>not rolled back: canceled before it</source>
        <translation>ロールバックしていません: その前にキャンセルしました</translation>
    </message>
    <message>
        <source>rolled back and read back</source>
        <translation>ロールバックし、読み戻して確認しました</translation>
    </message>
    <message>
        <source>rolled back, but AWS returned something else</source>
        <translation>ロールバックしましたが、AWS から異なる内容が返されました</translation>
    </message>
</context>
<context>
    <name>mfapolicy::ScenarioCommand</name>
    <message>
        <source>Walk through an MFA enrollment flow call by call, with AWS&apos;s AccessDenied messages</source>
        <translation>MFA 登録のフローを呼び出しごとにたどり、AWS の AccessDenied メッセージを示します</translation>
    </message>
    <message>
        <source>virtual, security-key, hardware, cli or retry.</source>
        <translation>virtual、security-key、hardware、cli、retry のいずれか。</translation>
    </message>
    <message>
        <source>FLOW</source>
        <translation>FLOW</translation>
    </message>
    <message>
        <source>The user is signed in with MFA.</source>
        <translation>ユーザーは MFA でサインインしています。</translation>
    </message>
    <message>
        <source>The user is signed in without MFA (default).</source>
        <translation>ユーザーは MFA なしでサインインしています (既定)。</translation>
    </message>
    <message>
        <source>Calls are signed with a long-term access key.</source>
        <translation>呼び出しは長期のアクセスキーで署名されます。</translation>
    </message>
    <message>
        <source>The user already has an MFA device.</source>
        <translation>ユーザーは MFA デバイスを割り当て済みです。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>POLICY... --user NAME --account ID --device-name NAME [options]</source>
        <translation>POLICY... --user NAME --account ID --device-name NAME [オプション]</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 は必須です</translation>
    </message>
    <message>
        <source>give at least one policy file</source>
        <translation>ポリシーファイルを 1 つ以上指定してください</translation>
    </message>
    <message>
        <source>unknown --flow %1 (virtual, security-key, hardware, cli or retry)</source>
        <translation>不明な --flow %1 です (virtual、security-key、hardware、cli、retry のいずれか)</translation>
    </message>
    <message>
        <source>--mfa, --no-mfa and --access-key exclude each other</source>
        <translation>--mfa、--no-mfa、--access-key は同時に指定できません</translation>
    </message>
    <message>
        <source>Policy files attached to the user, or a principal file.</source>
        <translation>ユーザーにアタッチされたポリシーファイル、またはプリンシパルファイル。</translation>
    </message>
    <message>
        <source>  mfa-policy scenario force-mfa.json --user alice --account 123456789012 --device-name alice-phone
  mfa-policy scenario force-mfa.json --user alice --account 123456789012 --device-name alice-phone \
      --flow cli --access-key
  mfa-policy scenario alice.principal.json
  mfa-policy scenario --account-dump account.json --user alice
A principal file or an account dump gives the user and the account; without one, --user, --account and --device-name are required.
</source>
        <translation>  mfa-policy scenario force-mfa.json --user alice --account 123456789012 --device-name alice-phone
  mfa-policy scenario force-mfa.json --user alice --account 123456789012 --device-name alice-phone \
      --flow cli --access-key
  mfa-policy scenario alice.principal.json
  mfa-policy scenario --account-dump account.json --user alice
プリンシパルファイルまたはアカウントのダンプがユーザーとアカウントを与えます。どちらもない場合は --user、--account、--device-name が必要です。
</translation>
    </message>
    <message>
        <source>text, json, markdown or html.</source>
        <translation>text、json、markdown、html のいずれか。</translation>
    </message>
    <message>
        <source>unknown --format %1 (text, json, markdown or html)</source>
        <translation>不明な --format %1 です (text、json、markdown、html のいずれか)</translation>
    </message>
</context>
<context>
    <name>mfapolicy::ScenarioExporter</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>PNG picture…</source>
        <translation>PNG 画像…</translation>
    </message>
    <message>
        <source>PDF document…</source>
        <translation>PDF 文書…</translation>
    </message>
    <message>
        <source>HTML page…</source>
        <translation>HTML ページ…</translation>
    </message>
    <message>
        <source>Markdown text…</source>
        <translation>Markdown テキスト…</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文書 (*.pdf)</translation>
    </message>
    <message>
        <source>HTML pages (*.html *.htm)</source>
        <translation>HTML ページ (*.html *.htm)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown ファイル (*.md)</translation>
    </message>
</context>
<context>
    <name>mfapolicy::ScenarioFormatter</name>
    <message>
        <source>User %1, device name %2. %3</source>
        <translation>ユーザー %1、デバイス名 %2。%3</translation>
    </message>
    <message>
        <source>Result: the enrollment can be completed.</source>
        <translation>結果: 登録を完了できます。</translation>
    </message>
    <message>
        <source>Result: whether the enrollment can be completed cannot be determined.</source>
        <translation>結果: 登録を完了できるかどうかは判定できません。</translation>
    </message>
    <message>
        <source>Result: the enrollment cannot be completed.</source>
        <translation>結果: 登録を完了できません。</translation>
    </message>
    <message>
        <source>Not required: the flow goes on.</source>
        <translation>不要: フローは続行します。</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%2 の%1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <source>No answer: a statement of the %1 that cannot be evaluated might decide this call.</source>
        <translation>判定不能: %1 に評価できないステートメントがあり、この呼び出しを判定する可能性があります。</translation>
    </message>
    <message>
        <source>No %1 allows it.</source>
        <translation>許可する%1がありません。</translation>
    </message>
    <message>
        <source>No %1 allows it. %2 allows this call, but not this request.</source>
        <translation>許可する%1がありません。%2 はこの呼び出しを許可しますが、このリクエストは対象外です。</translation>
    </message>
    <message>
        <source>Denied by %1 (%2).</source>
        <translation>%1 により拒否 (%2)。</translation>
    </message>
    <message>
        <source>Allowed by %1 (%2).</source>
        <translation>%1 により許可 (%2)。</translation>
    </message>
    <message>
        <source>Decided by the %1: %2</source>
        <translation>判定した%1: %2</translation>
    </message>
    <message>
        <source>A statement that could not be evaluated might decide this call; fix the policy&apos;s errors (mfa-policy check) to get IAM&apos;s answer.</source>
        <translation>評価できないステートメントがこの呼び出しを判定する可能性があります。IAM の判定を得るには、ポリシーのエラーを修正してください (mfa-policy check)。</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 に対する %1</translation>
    </message>
    <message>
        <source>AWS answers: %1</source>
        <translation>AWS の応答: %1</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>呼び出し</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>リソース</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>判定したもの</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
</context>
<context>
    <name>mfapolicy::ScenarioPage</name>
    <message>
        <source>&lt;b&gt;%1 succeeds&lt;/b&gt; for %2.</source>
        <translation>%2 の&lt;b&gt;%1 は成功します&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 fails&lt;/b&gt;.</source>
        <translation>&lt;b&gt;%1 は失敗します&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 fails&lt;/b&gt; at step %2: %3</source>
        <translation>&lt;b&gt;%1 はステップ %2 で失敗します&lt;/b&gt;: %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 fails&lt;/b&gt; at step %2: %3 is denied.</source>
        <translation>&lt;b&gt;%1 はステップ %2 で失敗します&lt;/b&gt;: %3 が拒否されます。</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n ステップ</numerusform>
        </translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>ステップ %1 / %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Whether %1 succeeds cannot be determined&lt;/b&gt;.</source>
        <translation>&lt;b&gt;%1 が成功するかどうかは判定できません&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Export Scenario</source>
        <translation>シナリオのエクスポート</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
</context>
<context>
    <name>mfapolicy::SettingsDialog</name>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
</context>
<context>
    <name>mfapolicy::SimulateCommand</name>
    <message>
        <source>Evaluate requests: JSON lines in, JSON lines out, or one request explained</source>
        <translation>リクエストを評価します: JSON Lines の入出力、または 1 件のリクエストの説明</translation>
    </message>
    <message>
        <source>Read one JSON request per line from FILE (- for standard input) and write one JSON answer per line.</source>
        <translation>FILE (- で標準入力) から 1 行に 1 つの JSON リクエストを読み込み、1 行に 1 つの JSON 応答を書き出します。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>A policy attached to the user (repeatable).</source>
        <translation>ユーザーにアタッチされたポリシー (複数指定可)。</translation>
    </message>
    <message>
        <source>The action, e.g. iam:CreateVirtualMFADevice.</source>
        <translation>アクション。例: iam:CreateVirtualMFADevice。</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>The resource ARN, or * for actions without a resource type.</source>
        <translation>リソースの ARN。リソースタイプのないアクションでは *。</translation>
    </message>
    <message>
        <source>ARN</source>
        <translation>ARN</translation>
    </message>
    <message>
        <source>The caller&apos;s ARN.</source>
        <translation>呼び出し元の ARN。</translation>
    </message>
    <message>
        <source>A request context key (repeatable; a key given twice has several values; KEY= is present and empty; a key not given is absent).</source>
        <translation>リクエストのコンテキストキー (複数指定可。同じキーを 2 回指定すると複数の値を持ちます。KEY= は空の値で存在し、指定しないキーは不在です)。</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>KEY=VALUE</translation>
    </message>
    <message>
        <source>Output of a single request: text or json.</source>
        <translation>1 件のリクエストの出力: text または json。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>(--requests FILE | --policy FILE... --action A --resource ARN)</source>
        <translation>(--requests FILE | --policy FILE... --action A --resource ARN)</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>予期しない引数です: %1</translation>
    </message>
    <message>
        <source>--requests cannot be combined with --policy, --action or --resource</source>
        <translation>--requests は --policy、--action、--resource と同時に指定できません</translation>
    </message>
    <message>
        <source>%1: cannot read</source>
        <translation>%1: 読み込めません</translation>
    </message>
    <message>
        <source>cannot write the answers</source>
        <translation>応答を書き出せません</translation>
    </message>
    <message>
        <source>give --requests FILE, or --policy, --action and --resource for one request</source>
        <translation>--requests FILE を指定するか、1 件のリクエストとして --policy、--action、--resource を指定してください</translation>
    </message>
    <message>
        <source>unknown --format %1 (text or json)</source>
        <translation>不明な --format %1 です (text または json)</translation>
    </message>
    <message>
        <source>--context %1: expected KEY=VALUE</source>
        <translation>--context %1: KEY=VALUE の形式で指定してください</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 に対する %1</translation>
    </message>
    <message>
        <source>AWS answers: %1</source>
        <translation>AWS の応答: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>  mfa-policy simulate --requests requests.jsonl &gt; answers.jsonl
  mfa-policy simulate --policy force-mfa.json --action iam:CreateVirtualMFADevice \
      --resource arn:aws:iam::123456789012:mfa/alice-phone --context aws:username=alice \
      --context aws:MultiFactorAuthPresent=false

A request line:
  {&quot;id&quot;: &quot;r1&quot;, &quot;policies&quot;: [{&quot;name&quot;: &quot;ForceMFA&quot;, &quot;policy&quot;: {...}}], &quot;principal&quot;: &quot;arn:...&quot;,
   &quot;action&quot;: &quot;iam:GetUser&quot;, &quot;resource&quot;: &quot;arn:...&quot;, &quot;context&quot;: {&quot;aws:username&quot;: &quot;alice&quot;}}
Each answer line is {&quot;id&quot;, &quot;decision&quot;, &quot;allowedBy&quot;, &quot;deniedBy&quot;}. A line that cannot be evaluated,
blank lines included, is answered with {&quot;id&quot;, &quot;line&quot;, &quot;error&quot;} so that answers and requests pair up.
Statements IAM would reject are listed in &quot;warnings&quot;; when one of them is a Deny (or its Effect cannot be
read) and might apply, the line gets &quot;error&quot; instead of a decision that could be wrong.
</source>
        <translation>  mfa-policy simulate --requests requests.jsonl &gt; answers.jsonl
  mfa-policy simulate --policy force-mfa.json --action iam:CreateVirtualMFADevice \
      --resource arn:aws:iam::123456789012:mfa/alice-phone --context aws:username=alice \
      --context aws:MultiFactorAuthPresent=false

リクエストの行:
  {&quot;id&quot;: &quot;r1&quot;, &quot;policies&quot;: [{&quot;name&quot;: &quot;ForceMFA&quot;, &quot;policy&quot;: {...}}], &quot;principal&quot;: &quot;arn:...&quot;,
   &quot;action&quot;: &quot;iam:GetUser&quot;, &quot;resource&quot;: &quot;arn:...&quot;, &quot;context&quot;: {&quot;aws:username&quot;: &quot;alice&quot;}}
応答の各行は {&quot;id&quot;, &quot;decision&quot;, &quot;allowedBy&quot;, &quot;deniedBy&quot;} です。評価できない行 (空行を含む) には
{&quot;id&quot;, &quot;line&quot;, &quot;error&quot;} で応答するため、応答とリクエストは 1 対 1 に対応します。
IAM が拒否するステートメントは &quot;warnings&quot; に示されます。その中に適用される可能性のある Deny (または Effect を
読み取れないもの) があると、誤っている可能性のある判定の代わりに &quot;error&quot; を返します。
</translation>
    </message>
    <message>
        <source>%1: is a folder, not a file of request lines</source>
        <translation>%1: フォルダーです。リクエスト行のファイルではありません</translation>
    </message>
    <message>
        <source>%1: cannot be read completely: %2</source>
        <translation>%1: 完全には読み取れません: %2</translation>
    </message>
</context>
<context>
    <name>mfapolicy::StudioActions</name>
    <message>
        <source>Lay the policy out as the AWS console does: four spaces, members in their order</source>
        <translation>AWS コンソールと同じ形にポリシーを整えます (4 スペース、メンバーの順序はそのまま)</translation>
    </message>
    <message>
        <source>&amp;Join into One Line</source>
        <translation>1 行にまとめる(&amp;J)</translation>
    </message>
    <message>
        <source>Write the whole policy on one line, as the AWS CLI accepts it</source>
        <translation>ポリシー全体を AWS CLI が受け付ける 1 行の形にします</translation>
    </message>
    <message>
        <source>&amp;Word Wrap</source>
        <translation>折り返し(&amp;W)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>拡大率をリセット(&amp;R)</translation>
    </message>
    <message>
        <source>MFA Policy Studio &amp;Help</source>
        <translation>MFA Policy Studio ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Cannot format the document</source>
        <translation>ドキュメントを整形できません</translation>
    </message>
    <message>
        <source>Cannot join the document</source>
        <translation>ドキュメントを 1 行にまとめられません</translation>
    </message>
    <message>
        <source>Line %1, Column %2</source>
        <translation>%1 行、%2 列</translation>
    </message>
    <message>
        <source>F&amp;ormat Document</source>
        <translation>ドキュメントを整形(&amp;O)</translation>
    </message>
</context>
<context>
    <name>mfapolicy::StudioApp</name>
    <message>
        <source>Check, visualise and migrate AWS IAM policies that force MFA.</source>
        <translation>MFA を強制する AWS IAM ポリシーをチェック、可視化、移行します。</translation>
    </message>
    <message>
        <source>Render the window to an image file and exit.</source>
        <translation>ウィンドウを画像ファイルに描画して終了します。</translation>
    </message>
    <message>
        <source>Window size for --screenshot.</source>
        <translation>--screenshot のウィンドウサイズ。</translation>
    </message>
    <message>
        <source>Interface language.</source>
        <translation>インターフェイスの言語。</translation>
    </message>
    <message>
        <source>Policy files to open.</source>
        <translation>開くポリシーファイル。</translation>
    </message>
    <message>
        <source>--lang must be ja or en.</source>
        <translation>--lang には ja または en を指定してください。</translation>
    </message>
    <message>
        <source>--size must look like 1400x900.</source>
        <translation>--size は 1400x900 のように指定してください。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 に書き込めません。</translation>
    </message>
</context>
<context>
    <name>mfapolicy::Texts</name>
    <message>
        <source>Allow</source>
        <translation>許可</translation>
    </message>
    <message>
        <source>Explicit deny</source>
        <translation>明示的な拒否</translation>
    </message>
    <message>
        <source>Implicit deny</source>
        <translation>暗黙的な拒否</translation>
    </message>
    <message>
        <source>MFA session</source>
        <translation>MFA セッション</translation>
    </message>
    <message>
        <source>No MFA</source>
        <translation>MFA なし</translation>
    </message>
    <message>
        <source>Signed in with MFA: aws:MultiFactorAuthPresent is &quot;true&quot;.</source>
        <translation>MFA でサインイン: aws:MultiFactorAuthPresent は &quot;true&quot; です。</translation>
    </message>
    <message>
        <source>Signed in without MFA: aws:MultiFactorAuthPresent is &quot;false&quot;.</source>
        <translation>MFA なしでサインイン: aws:MultiFactorAuthPresent は &quot;false&quot; です。</translation>
    </message>
    <message>
        <source>Signed with a long-term access key: aws:MultiFactorAuthPresent is absent.</source>
        <translation>長期のアクセスキーで署名: aws:MultiFactorAuthPresent は存在しません。</translation>
    </message>
    <message>
        <source>own user</source>
        <translation>自分のユーザー</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>他のユーザー</translation>
    </message>
    <message>
        <source>device named like the user</source>
        <translation>ユーザー名と同じ名前のデバイス</translation>
    </message>
    <message>
        <source>device with a custom name</source>
        <translation>任意の名前のデバイス</translation>
    </message>
    <message>
        <source>another user&apos;s device</source>
        <translation>他のユーザーのデバイス</translation>
    </message>
    <message>
        <source>any resource (*)</source>
        <translation>すべてのリソース (*)</translation>
    </message>
    <message>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>security warning</source>
        <translation>セキュリティ警告</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>suggestion</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>managed policy</source>
        <translation>管理ポリシー</translation>
    </message>
    <message>
        <source>inline policies of a user</source>
        <translation>ユーザーのインラインポリシー</translation>
    </message>
    <message>
        <source>inline policies of a group</source>
        <translation>グループのインラインポリシー</translation>
    </message>
    <message>
        <source>inline policies of a role</source>
        <translation>ロールのインラインポリシー</translation>
    </message>
    <message>
        <source>Console: virtual authenticator app</source>
        <translation>コンソール: 認証アプリケーション (仮想)</translation>
    </message>
    <message>
        <source>Console: security key or passkey</source>
        <translation>コンソール: セキュリティキーまたはパスキー</translation>
    </message>
    <message>
        <source>Console: hardware TOTP token</source>
        <translation>コンソール: ハードウェア TOTP トークン</translation>
    </message>
    <message>
        <source>AWS CLI: virtual device</source>
        <translation>AWS CLI: 仮想デバイス</translation>
    </message>
    <message>
        <source>Console: retry after an abandoned enrollment</source>
        <translation>コンソール: 中断した登録の再試行</translation>
    </message>
    <message>
        <source>Open Security credentials: read the user (GetUser)</source>
        <translation>セキュリティ認証情報を開く: ユーザーを読み取る (GetUser)</translation>
    </message>
    <message>
        <source>List the user&apos;s MFA devices (ListMFADevices)</source>
        <translation>ユーザーの MFA デバイスを一覧表示する (ListMFADevices)</translation>
    </message>
    <message>
        <source>Show virtual device details (ListVirtualMFADevices)</source>
        <translation>仮想デバイスの詳細を表示する (ListVirtualMFADevices)</translation>
    </message>
    <message>
        <source>Create the virtual device with the chosen name (CreateVirtualMFADevice)</source>
        <translation>選んだ名前で仮想デバイスを作成する (CreateVirtualMFADevice)</translation>
    </message>
    <message>
        <source>Enable the device for the user with two codes (EnableMFADevice)</source>
        <translation>2 つのコードでユーザーのデバイスを有効にする (EnableMFADevice)</translation>
    </message>
    <message>
        <source>Get an MFA session with the existing device (GetSessionToken)</source>
        <translation>既存のデバイスで MFA セッションを取得する (GetSessionToken)</translation>
    </message>
    <message>
        <source>Get an MFA session with the new device (GetSessionToken)</source>
        <translation>新しいデバイスで MFA セッションを取得する (GetSessionToken)</translation>
    </message>
    <message>
        <source>Delete the device left pending by the abandoned attempt (DeleteVirtualMFADevice)</source>
        <translation>中断した試行で保留中のまま残ったデバイスを削除する (DeleteVirtualMFADevice)</translation>
    </message>
    <message>
        <source>Allowed, but fails with EntityAlreadyExists: the pending device from the abandoned attempt still holds this name. An administrator must delete it, or the user picks another name.</source>
        <translation>許可されますが、EntityAlreadyExists で失敗します: 中断した試行の保留中のデバイスがまだこの名前を使っています。管理者が削除するか、ユーザーが別の名前を選ぶ必要があります。</translation>
    </message>
    <message>
        <source>sts:GetSessionToken is always allowed: policies cannot control authentication operations, so neither an Allow nor a Deny for it has any effect.</source>
        <translation>sts:GetSessionToken は常に許可されます: ポリシーは認証の操作を制御できないため、これに対する許可も拒否も効果がありません。</translation>
    </message>
    <message>
        <source>A managed policy keeps at most 5 versions. When it already has 5, delete a non-default version first (aws iam delete-policy-version).</source>
        <translation>管理ポリシーが保持できるバージョンは最大 5 つです。すでに 5 つある場合は、先にデフォルト以外のバージョンを削除してください (aws iam delete-policy-version)。</translation>
    </message>
    <message>
        <source>its Action %1 covers %2</source>
        <translation>Action %1 が %2 を対象に含みます</translation>
    </message>
    <message>
        <source>its Action does not cover %1</source>
        <translation>Action が %1 を対象に含みません</translation>
    </message>
    <message>
        <source>its NotAction lists %1 (%2), so the statement does not cover it</source>
        <translation>NotAction に %1 が記載されているため (%2)、ステートメントの対象外です</translation>
    </message>
    <message>
        <source>%1 is not in its NotAction, so the statement covers it</source>
        <translation>%1 は NotAction にないため、ステートメントの対象です</translation>
    </message>
    <message>
        <source>its action part matches %1</source>
        <translation>アクション部分が %1 に一致します</translation>
    </message>
    <message>
        <source>its action part does not match %1</source>
        <translation>アクション部分が %1 に一致しません</translation>
    </message>
    <message>
        <source>its Resource %1 (here %2) matches %3</source>
        <translation>Resource %1 (ここでは %2) が %3 に一致します</translation>
    </message>
    <message>
        <source>its Resource %1 matches %2</source>
        <translation>Resource %1 が %2 に一致します</translation>
    </message>
    <message>
        <source>none of its Resource entries matches %1</source>
        <translation>Resource のどのエントリも %1 に一致しません</translation>
    </message>
    <message>
        <source>none of its Resource entries (%1) matches %2</source>
        <translation>Resource のどのエントリ (%1) も %2 に一致しません</translation>
    </message>
    <message>
        <source>%1 has no resource type, so only &quot;Resource&quot;: &quot;*&quot; can cover it</source>
        <translation>%1 にはリソースタイプがないため、&quot;Resource&quot;: &quot;*&quot; でのみ対象にできます</translation>
    </message>
    <message>
        <source>its NotResource %1 matches %2, so the statement does not cover it</source>
        <translation>NotResource %1 が %2 に一致するため、ステートメントの対象外です</translation>
    </message>
    <message>
        <source>its NotResource does not match %1, so the statement covers it</source>
        <translation>NotResource が %1 に一致しないため、ステートメントの対象です</translation>
    </message>
    <message>
        <source>the policy variable %1 has no value in this request, so the entry matches nothing</source>
        <translation>ポリシー変数 %1 はこのリクエストで値を持たないため、このエントリは何にも一致しません</translation>
    </message>
    <message>
        <source>its resource part matches %1</source>
        <translation>リソース部分が %1 に一致します</translation>
    </message>
    <message>
        <source>its resource part does not match %1</source>
        <translation>リソース部分が %1 に一致しません</translation>
    </message>
    <message>
        <source>%1 %2: the request value %3 matches %4</source>
        <translation>%1 %2: リクエストの値 %3 が %4 に一致します</translation>
    </message>
    <message>
        <source>%1 %2: the request value %3 does not match %4</source>
        <translation>%1 %2: リクエストの値 %3 が %4 に一致しません</translation>
    </message>
    <message>
        <source>this request has no %1 key, and %2 does not match a missing key</source>
        <translation>このリクエストには %1 キーがなく、%2 はキーがない場合に一致しません</translation>
    </message>
    <message>
        <source>this request has no %1 key, and the negated operator %2 matches a missing key</source>
        <translation>このリクエストには %1 キーがなく、否定の演算子 %2 はキーがない場合に一致します</translation>
    </message>
    <message>
        <source>this request has no %1 key, and %2 treats a missing key as a match</source>
        <translation>このリクエストには %1 キーがなく、%2 はキーがない場合を一致として扱います</translation>
    </message>
    <message>
        <source>Null %1: the key is %2, as the condition asks</source>
        <translation>Null %1: 条件のとおり、キーは%2です</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>不在</translation>
    </message>
    <message>
        <source>present</source>
        <translation>存在</translation>
    </message>
    <message>
        <source>Null %1: the key is %2, but the condition asks otherwise</source>
        <translation>Null %1: キーは%2ですが、条件はその逆を求めています</translation>
    </message>
    <message>
        <source>this request has no values for %1, and %2 never matches a missing key</source>
        <translation>このリクエストには %1 の値がなく、%2 はキーがない場合に一致することはありません</translation>
    </message>
    <message>
        <source>this request has no values for %1, and %2 matches a missing key</source>
        <translation>このリクエストには %1 の値がなく、%2 はキーがない場合に一致します</translation>
    </message>
    <message>
        <source>%1 is not a condition operator IAM accepts, so this condition never matches</source>
        <translation>%1 は IAM が受け付ける条件演算子ではないため、この条件は一致しません</translation>
    </message>
    <message>
        <source>%1 %2: the value %3 cannot be read for this operator, so the condition does not match</source>
        <translation>%1 %2: 値 %3 はこの演算子では読み取れないため、条件は一致しません</translation>
    </message>
    <message>
        <source>%1 %2: the policy variable %3 has no value in this request</source>
        <translation>%1 %2: ポリシー変数 %3 はこのリクエストで値を持ちません</translation>
    </message>
    <message>
        <source>%1 %2 matches</source>
        <translation>%1 %2 が一致します</translation>
    </message>
    <message>
        <source>%1 %2 does not match</source>
        <translation>%1 %2 が一致しません</translation>
    </message>
    <message>
        <source>the statement is malformed, so IAM would reject the policy and it is skipped here</source>
        <translation>ステートメントの形式が正しくないため、IAM はポリシーを拒否します。ここではスキップします</translation>
    </message>
    <message>
        <source>it does not match this request</source>
        <translation>このリクエストに一致しません</translation>
    </message>
    <message>
        <source>Statement[%1]</source>
        <translation>Statement[%1]</translation>
    </message>
    <message>
        <source>Denied by %1: %2</source>
        <translation>%1 により拒否: %2</translation>
    </message>
    <message>
        <source>Allowed by %1: %2</source>
        <translation>%1 により許可: %2</translation>
    </message>
    <message>
        <source>%1 does not apply: %2</source>
        <translation>%1 は適用されません: %2</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>判定: %1</translation>
    </message>
    <message>
        <source>No statement allows this request, so it is denied implicitly.</source>
        <translation>このリクエストを許可するステートメントがないため、暗黙的に拒否されます。</translation>
    </message>
    <message>
        <source>%1 matches too, but an explicit deny always overrides an Allow</source>
        <translation>%1 も一致しますが、明示的な拒否は常に許可より優先されます</translation>
    </message>
    <message>
        <source>JSON syntax error: expected %1, found %2</source>
        <translation>JSON の構文エラー: %1 が必要ですが、%2 があります</translation>
    </message>
    <message>
        <source>The text is not valid JSON here, so IAM cannot read the policy.</source>
        <translation>ここのテキストは有効な JSON ではないため、IAM はポリシーを読み取れません。</translation>
    </message>
    <message>
        <source>Comments are not allowed in a policy</source>
        <translation>ポリシーにコメントは使えません</translation>
    </message>
    <message>
        <source>JSON has no comments; IAM rejects the policy. Remove the comment or move it into a Sid.</source>
        <translation>JSON にはコメントがありません。IAM はポリシーを拒否します。コメントを削除するか、Sid に移してください。</translation>
    </message>
    <message>
        <source>Trailing comma</source>
        <translation>末尾のカンマ</translation>
    </message>
    <message>
        <source>JSON does not allow a comma before ] or }; IAM rejects the policy.</source>
        <translation>JSON では ] や } の前にカンマを置けません。IAM はポリシーを拒否します。</translation>
    </message>
    <message>
        <source>Duplicate key &quot;%1&quot; (first at line %2, column %3)</source>
        <translation>キー &quot;%1&quot; が重複しています (最初は %2 行 %3 列)</translation>
    </message>
    <message>
        <source>Keys may not repeat inside one element; IAM rejects the policy instead of picking one.</source>
        <translation>1 つの要素の中でキーを繰り返すことはできません。IAM はどちらかを選ぶのではなく、ポリシーを拒否します。</translation>
    </message>
    <message>
        <source>Nesting deeper than %1 levels</source>
        <translation>入れ子が %1 レベルを超えています</translation>
    </message>
    <message>
        <source>The document nests too deeply to be a policy; the rest is not read.</source>
        <translation>ドキュメントの入れ子が深すぎるため、ポリシーとして扱えません。以降は読み込みません。</translation>
    </message>
    <message>
        <source>Character %1 is not allowed in a policy (%2 found)</source>
        <translation>文字 %1 はポリシーで使用できません (%2 文字)</translation>
    </message>
    <message>
        <source>Policy documents may contain only tab, line feed, carriage return and the characters U+0020 to U+00FF.</source>
        <translation>ポリシードキュメントに含められるのは、タブ、改行 (LF)、復帰 (CR)、および U+0020 から U+00FF までの文字だけです。</translation>
    </message>
    <message>
        <source>%1 must be %2, not %3</source>
        <translation>%1 は %2 である必要があります (%3 ではなく)</translation>
    </message>
    <message>
        <source>IAM rejects an element of the wrong JSON type.</source>
        <translation>IAM は JSON の型が誤っている要素を拒否します。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2 element</source>
        <translation>&quot;%1&quot; は %2 の要素ではありません</translation>
    </message>
    <message>
        <source>IAM rejects unknown elements. Check the spelling and the case.</source>
        <translation>IAM は不明な要素を拒否します。綴りと大文字・小文字を確認してください。</translation>
    </message>
    <message>
        <source>Statement must be an object or an array of objects, not %1</source>
        <translation>Statement はオブジェクトまたはオブジェクトの配列である必要があります (%1 ではなく)</translation>
    </message>
    <message>
        <source>Each statement is a JSON object with Effect, Action and Resource.</source>
        <translation>各ステートメントは Effect、Action、Resource を持つ JSON オブジェクトです。</translation>
    </message>
    <message>
        <source>Invalid Version &quot;%1&quot;</source>
        <translation>無効な Version &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Version must be &quot;2012-10-17&quot; (or the legacy &quot;2008-10-17&quot;).</source>
        <translation>Version は &quot;2012-10-17&quot; (または以前の &quot;2008-10-17&quot;) である必要があります。</translation>
    </message>
    <message>
        <source>Missing Version</source>
        <translation>Version がありません</translation>
    </message>
    <message>
        <source>Without &quot;Version&quot;: &quot;2012-10-17&quot; policy variables such as ${aws:username} are plain text and match nothing.</source>
        <translation>&quot;Version&quot;: &quot;2012-10-17&quot; がないと、${aws:username} などのポリシー変数はただの文字列として扱われ、何にも一致しません。</translation>
    </message>
    <message>
        <source>Missing Statement</source>
        <translation>Statement がありません</translation>
    </message>
    <message>
        <source>A policy needs a Statement element.</source>
        <translation>ポリシーには Statement 要素が必要です。</translation>
    </message>
    <message>
        <source>Identity policies do not support the Id element</source>
        <translation>アイデンティティベースのポリシーは Id 要素をサポートしていません</translation>
    </message>
    <message>
        <source>The policy grammar excludes Id from identity-based policies.</source>
        <translation>ポリシーの文法では、アイデンティティベースのポリシーに Id は使えません。</translation>
    </message>
    <message>
        <source>Identity policies do not support %1</source>
        <translation>アイデンティティベースのポリシーは %1 をサポートしていません</translation>
    </message>
    <message>
        <source>An identity-based policy applies to the identity it is attached to; it must not name a principal.</source>
        <translation>アイデンティティベースのポリシーは、アタッチされたアイデンティティに適用されます。プリンシパルを指定してはいけません。</translation>
    </message>
    <message>
        <source>Invalid Effect &quot;%1&quot;</source>
        <translation>無効な Effect &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Effect must be &quot;Allow&quot; or &quot;Deny&quot; (case-sensitive).</source>
        <translation>Effect は &quot;Allow&quot; または &quot;Deny&quot; である必要があります (大文字と小文字を区別)。</translation>
    </message>
    <message>
        <source>Statement without Effect</source>
        <translation>Effect のないステートメント</translation>
    </message>
    <message>
        <source>Every statement needs &quot;Effect&quot;: &quot;Allow&quot; or &quot;Deny&quot;.</source>
        <translation>すべてのステートメントに &quot;Effect&quot;: &quot;Allow&quot; または &quot;Deny&quot; が必要です。</translation>
    </message>
    <message>
        <source>Statement without Action or NotAction</source>
        <translation>Action も NotAction もないステートメント</translation>
    </message>
    <message>
        <source>Every statement needs an Action or a NotAction element.</source>
        <translation>すべてのステートメントに Action または NotAction 要素が必要です。</translation>
    </message>
    <message>
        <source>Statement without Resource or NotResource</source>
        <translation>Resource も NotResource もないステートメント</translation>
    </message>
    <message>
        <source>Every statement of an identity policy needs a Resource or NotResource.</source>
        <translation>アイデンティティベースのポリシーのすべてのステートメントに Resource または NotResource が必要です。</translation>
    </message>
    <message>
        <source>%1 and %2 in the same statement</source>
        <translation>同じステートメントに %1 と %2 があります</translation>
    </message>
    <message>
        <source>A statement has either Action or NotAction, never both.</source>
        <translation>ステートメントには Action か NotAction のどちらか一方だけを指定します。両方は指定できません。</translation>
    </message>
    <message>
        <source>A statement has either Resource or NotResource, never both.</source>
        <translation>ステートメントには Resource か NotResource のどちらか一方だけを指定します。両方は指定できません。</translation>
    </message>
    <message>
        <source>Empty array in %1</source>
        <translation>%1 の配列が空です</translation>
    </message>
    <message>
        <source>Policy variable %1 needs &quot;Version&quot;: &quot;2012-10-17&quot;</source>
        <translation>ポリシー変数 %1 には &quot;Version&quot;: &quot;2012-10-17&quot; が必要です</translation>
    </message>
    <message>
        <source>With another Version, or none, the variable is plain text and matches nothing.</source>
        <translation>他の Version の場合や Version がない場合、変数はただの文字列として扱われ、何にも一致しません。</translation>
    </message>
    <message>
        <source>Policy variables are not supported in %2 (%1)</source>
        <translation>%2 ではポリシー変数を使えません (%1)</translation>
    </message>
    <message>
        <source>Variables work only in Resource, NotResource and condition values.</source>
        <translation>変数を使えるのは Resource、NotResource、条件の値だけです。</translation>
    </message>
    <message>
        <source>Policy variable without its closing brace</source>
        <translation>ポリシー変数の閉じ括弧がありません</translation>
    </message>
    <message>
        <source>Write a variable as ${key}; without the closing brace IAM rejects the policy.</source>
        <translation>変数は ${key} と書きます。閉じ括弧がないと IAM はポリシーを拒否します。</translation>
    </message>
    <message>
        <source>Empty policy variable ${}</source>
        <translation>空のポリシー変数 ${}</translation>
    </message>
    <message>
        <source>A variable names a request key, as in ${aws:username}.</source>
        <translation>変数はリクエストのキーを指定します。例: ${aws:username}。</translation>
    </message>
    <message>
        <source>Space inside a policy variable</source>
        <translation>ポリシー変数の中に空白があります</translation>
    </message>
    <message>
        <source>Variable names have no spaces; only the default value form ${key, &apos;default&apos;} has one after the comma.</source>
        <translation>変数名には空白を含められません。空白を置けるのは、既定値の形式 ${key, &apos;default&apos;} のカンマの後だけです。</translation>
    </message>
    <message>
        <source>Malformed default value in a policy variable</source>
        <translation>ポリシー変数の既定値の形式が正しくありません</translation>
    </message>
    <message>
        <source>Write a default as ${key, &apos;default&apos;}: a comma, one space and the value in single quotes.</source>
        <translation>既定値は ${key, &apos;default&apos;} と書きます: カンマ、空白 1 つ、単一引用符で囲んだ値です。</translation>
    </message>
    <message>
        <source>Unknown action %1</source>
        <translation>不明なアクション %1</translation>
    </message>
    <message>
        <source>IAM rejects actions that do not exist. Check the spelling of the action name.</source>
        <translation>IAM は存在しないアクションを拒否します。アクション名の綴りを確認してください。</translation>
    </message>
    <message>
        <source>Action %1 is not service:ActionName</source>
        <translation>アクション %1 は service:ActionName の形式ではありません</translation>
    </message>
    <message>
        <source>An action has a service prefix, a colon and the action name, e.g. iam:GetUser.</source>
        <translation>アクションはサービスのプレフィックス、コロン、アクション名で構成されます。例: iam:GetUser。</translation>
    </message>
    <message>
        <source>ARN %1 has too few fields</source>
        <translation>ARN %1 のフィールドが足りません</translation>
    </message>
    <message>
        <source>An ARN has six colon-separated fields: arn:partition:service:region:account:resource.</source>
        <translation>ARN はコロンで区切られた 6 つのフィールドで構成されます: arn:partition:service:region:account:resource。</translation>
    </message>
    <message>
        <source>%1 does not start with arn:</source>
        <translation>%1 が arn: で始まっていません</translation>
    </message>
    <message>
        <source>A Resource is an ARN or &quot;*&quot;.</source>
        <translation>Resource は ARN または &quot;*&quot; です。</translation>
    </message>
    <message>
        <source>ARN %1 must be lower case here: %2</source>
        <translation>ARN %1 のこの部分は小文字である必要があります: %2</translation>
    </message>
    <message>
        <source>Partition and service are case-sensitive in ARNs.</source>
        <translation>ARN のパーティションとサービスは大文字と小文字を区別します。</translation>
    </message>
    <message>
        <source>Unknown partition %1</source>
        <translation>不明なパーティション %1</translation>
    </message>
    <message>
        <source>The partition is aws, aws-cn, aws-us-gov or another AWS partition.</source>
        <translation>パーティションは aws、aws-cn、aws-us-gov などの AWS のパーティションです。</translation>
    </message>
    <message>
        <source>Invalid service %1 in the ARN</source>
        <translation>ARN のサービス %1 が無効です</translation>
    </message>
    <message>
        <source>The service field of an ARN cannot be empty or contain a wildcard.</source>
        <translation>ARN のサービスのフィールドは空にできず、ワイルドカードも使えません。</translation>
    </message>
    <message>
        <source>Invalid account %1 in the ARN</source>
        <translation>ARN のアカウント %1 が無効です</translation>
    </message>
    <message>
        <source>The account is 12 digits, a wildcard, or empty where the resource has no account.</source>
        <translation>アカウントは 12 桁の数字かワイルドカードです。アカウントのないリソースでは空にします。</translation>
    </message>
    <message>
        <source>Wildcard in the resource type %2 of %1</source>
        <translation>%1 のリソースタイプ %2 にワイルドカードがあります</translation>
    </message>
    <message>
        <source>IAM does not allow a wildcard in the resource type part of an ARN (user, mfa, ...).</source>
        <translation>IAM では、ARN のリソースタイプの部分 (user、mfa など) にワイルドカードを使えません。</translation>
    </message>
    <message>
        <source>Unknown condition operator %1</source>
        <translation>不明な条件演算子 %1</translation>
    </message>
    <message>
        <source>IAM rejects the policy; operator names are case-sensitive. Until fixed, the condition never matches.</source>
        <translation>IAM はポリシーを拒否します。演算子名は大文字と小文字を区別します。修正されるまで、この条件は一致しません。</translation>
    </message>
    <message>
        <source>%1 does not exist: Null has no IfExists form</source>
        <translation>%1 は存在しません: Null に IfExists 形式はありません</translation>
    </message>
    <message>
        <source>IAM rejects NullIfExists; use Null.</source>
        <translation>IAM は NullIfExists を拒否します。Null を使ってください。</translation>
    </message>
    <message>
        <source>%1 is a Boolean key, but the value is %2</source>
        <translation>%1 はブール型のキーですが、値が %2 です</translation>
    </message>
    <message>
        <source>Bool compares against &quot;true&quot; or &quot;false&quot;; any other value never matches.</source>
        <translation>Bool は &quot;true&quot; または &quot;false&quot; と比較します。それ以外の値は一致しません。</translation>
    </message>
    <message>
        <source>Policy variable in the Bool value of %1 (%2)</source>
        <translation>%1 の Bool の値にポリシー変数があります (%2)</translation>
    </message>
    <message>
        <source>Variables are not substituted in Bool conditions; the value is compared as written.</source>
        <translation>Bool 条件では変数は置き換えられず、書かれたとおりの値で比較されます。</translation>
    </message>
    <message>
        <source>Sid %1 is used twice (first in Statement[%2])</source>
        <translation>Sid %1 が 2 回使われています (最初は Statement[%2])</translation>
    </message>
    <message>
        <source>Sids must be unique within a policy.</source>
        <translation>Sid はポリシー内で一意である必要があります。</translation>
    </message>
    <message>
        <source>Sid %1 may contain only letters and digits</source>
        <translation>Sid %1 には英字と数字しか使えません</translation>
    </message>
    <message>
        <source>IAM accepts only A-Z, a-z and 0-9 in a Sid.</source>
        <translation>IAM が Sid に受け付けるのは A-Z、a-z、0-9 だけです。</translation>
    </message>
    <message>
        <source>Policy size %1 exceeds the %3 quota of %2 characters</source>
        <translation>ポリシーのサイズ %1 が%3のクォータ (%2 文字) を超えています</translation>
    </message>
    <message>
        <source>IAM counts every character except whitespace; a larger policy cannot be saved.</source>
        <translation>IAM は空白以外のすべての文字を数えます。これより大きいポリシーは保存できません。</translation>
    </message>
    <message>
        <source>%1 is already covered by %2</source>
        <translation>%1 はすでに %2 に含まれています</translation>
    </message>
    <message>
        <source>The entry adds nothing; removing it keeps the policy shorter.</source>
        <translation>このエントリは何も追加しません。削除するとポリシーが短くなります。</translation>
    </message>
    <message>
        <source>Only a device named like the user can be created; &quot;%1&quot; is refused</source>
        <translation>作成できるのはユーザー名と同じ名前のデバイスだけです。&quot;%1&quot; は拒否されます</translation>
    </message>
    <message>
        <source>Since November 2022 users name their MFA devices. A CreateVirtualMFADevice resource of mfa/${aws:username} refuses every other name, so enrollment fails with &quot;not authorized to perform iam:CreateVirtualMFADevice&quot;. The current AWS examples use mfa/*.</source>
        <translation>2022 年 11 月以降、ユーザーは MFA デバイスに名前を付けます。CreateVirtualMFADevice のリソースが mfa/${aws:username} だと、それ以外の名前はすべて拒否され、登録は &quot;not authorized to perform iam:CreateVirtualMFADevice&quot; で失敗します。現行の AWS の例は mfa/* を使っています。</translation>
    </message>
    <message>
        <source>Only one literal device name can be created; &quot;%1&quot; is refused</source>
        <translation>作成できるのは特定の名前のデバイス 1 つだけです。&quot;%1&quot; は拒否されます</translation>
    </message>
    <message>
        <source>The CreateVirtualMFADevice resource names one device, so users cannot choose their device names.</source>
        <translation>CreateVirtualMFADevice のリソースが 1 つのデバイスを指定しているため、ユーザーはデバイス名を選べません。</translation>
    </message>
    <message>
        <source>The MFA Deny uses %1, so long-term access keys are not denied</source>
        <translation>MFA の Deny が %1 を使っているため、長期のアクセスキーは拒否されません</translation>
    </message>
    <message>
        <source>Requests signed with long-term access keys have no aws:MultiFactorAuthPresent key. Bool does not match a missing key, so the Deny skips them and %2 stays open. AWS recommends BoolIfExists.</source>
        <translation>長期のアクセスキーで署名されたリクエストには aws:MultiFactorAuthPresent キーがありません。Bool はキーがない場合に一致しないため、Deny はこれらのリクエストを対象外とし、%2 は許可されたままになります。AWS は BoolIfExists を推奨しています。</translation>
    </message>
    <message>
        <source>The Allow uses %1, so long-term access keys pass without MFA</source>
        <translation>Allow が %1 を使っているため、長期のアクセスキーは MFA なしで通過します</translation>
    </message>
    <message>
        <source>BoolIfExists also matches when the key is missing, which is the case for long-term access keys: %2 is allowed for them without MFA. Use Bool to require an MFA session.</source>
        <translation>BoolIfExists はキーがない場合にも一致します。長期のアクセスキーではキーがないため、%2 が MFA なしで許可されます。MFA セッションを必須にするには Bool を使ってください。</translation>
    </message>
    <message>
        <source>Null on aws:MultiFactorAuthPresent tells only whether temporary credentials are used</source>
        <translation>aws:MultiFactorAuthPresent に対する Null は、一時的な認証情報が使われているかどうかしか示しません</translation>
    </message>
    <message>
        <source>The key is present for every temporary credential, with MFA or without; Null does not say whether MFA was used. AWS advises against it.</source>
        <translation>このキーは MFA の有無にかかわらず、すべての一時的な認証情報に存在します。Null では MFA が使われたかどうかはわかりません。AWS はこの使い方を推奨していません。</translation>
    </message>
    <message>
        <source>Users without MFA cannot call %1, which enrollment needs</source>
        <translation>MFA のないユーザーは、登録に必要な %1 を呼び出せません</translation>
    </message>
    <message>
        <source>A user who has no MFA device yet must be able to call this action without MFA, or they can never set MFA up.</source>
        <translation>まだ MFA デバイスを持たないユーザーが MFA なしでこのアクションを呼び出せないと、MFA を設定できません。</translation>
    </message>
    <message>
        <source>Users without MFA cannot call %1; the Security credentials page shows little</source>
        <translation>MFA のないユーザーは %1 を呼び出せません。セキュリティ認証情報ページにほとんど何も表示されません</translation>
    </message>
    <message>
        <source>The console reads the user with GetUser to fill the Security credentials page.</source>
        <translation>コンソールは GetUser でユーザーを読み取り、セキュリティ認証情報ページを表示します。</translation>
    </message>
    <message>
        <source>Every user name is visible before MFA (%1)</source>
        <translation>MFA を使う前からすべてのユーザー名が見えます (%1)</translation>
    </message>
    <message>
        <source>Since 2019 the Security credentials page does not need iam:ListUsers. Allowing it without MFA shows all user names, often e-mail addresses, to anyone who has only a password.</source>
        <translation>2019 年以降、セキュリティ認証情報ページに iam:ListUsers は不要です。MFA なしで許可すると、パスワードしか持たない人にもすべてのユーザー名 (多くはメールアドレス) が見えてしまいます。</translation>
    </message>
    <message>
        <source>MFA devices can be deactivated without MFA (%2)</source>
        <translation>MFA なしで MFA デバイスを無効にできます (%2)</translation>
    </message>
    <message>
        <source>Someone with only the password (or an access key) could remove the user&apos;s MFA. The AWS examples require an MFA session for DeactivateMFADevice.</source>
        <translation>パスワード (またはアクセスキー) だけを持つ人が、ユーザーの MFA を削除できてしまいます。AWS の例では、DeactivateMFADevice に MFA セッションを必須にしています。</translation>
    </message>
    <message>
        <source>%1 is exempted from the MFA Deny</source>
        <translation>%1 が MFA の Deny から除外されています</translation>
    </message>
    <message>
        <source>AWS warns not to exempt DeleteVirtualMFADevice: without MFA a user could delete devices. An administrator should clean up abandoned devices instead.</source>
        <translation>AWS は DeleteVirtualMFADevice を除外しないよう警告しています: MFA なしでユーザーがデバイスを削除できてしまうためです。放棄されたデバイスは管理者が削除してください。</translation>
    </message>
    <message>
        <source>%1 is allowed on other users&apos; devices</source>
        <translation>%1 が他のユーザーのデバイスに対して許可されています</translation>
    </message>
    <message>
        <source>The resource covers every device of the account, not only the user&apos;s own.</source>
        <translation>リソースがユーザー自身のデバイスだけでなく、アカウントのすべてのデバイスを対象にしています。</translation>
    </message>
    <message>
        <source>Long-term access keys can enroll an MFA device (%1, %2)</source>
        <translation>長期のアクセスキーで MFA デバイスを登録できます (%1、%2)</translation>
    </message>
    <message>
        <source>Whoever holds the user&apos;s access keys could register their own MFA device for the user.</source>
        <translation>ユーザーのアクセスキーを持つ人なら誰でも、自分の MFA デバイスをそのユーザーに登録できてしまいます。</translation>
    </message>
    <message>
        <source>%1 in %2 has no effect</source>
        <translation>%2 の %1 は効果がありません</translation>
    </message>
    <message>
        <source>Policies cannot control sts:GetSessionToken; it is always allowed. The entry is harmless but misleading.</source>
        <translation>ポリシーでは sts:GetSessionToken を制御できず、常に許可されます。このエントリは無害ですが、誤解を招きます。</translation>
    </message>
    <message>
        <source>%1 does not work for users with a path (%2)</source>
        <translation>%1 はパスを持つユーザーには機能しません (%2)</translation>
    </message>
    <message>
        <source>A user with a path has the ARN user/PATH/NAME, but ${aws:username} is only NAME, so user/${aws:username} does not match.</source>
        <translation>パスを持つユーザーの ARN は user/PATH/NAME ですが、${aws:username} は NAME だけなので、user/${aws:username} は一致しません。</translation>
    </message>
    <message>
        <source>Nothing requires MFA for %1</source>
        <translation>%1 に MFA を必須にするものがありません</translation>
    </message>
    <message>
        <source>Without a Deny that depends on aws:MultiFactorAuthPresent, a password alone (or an access key) is enough.</source>
        <translation>aws:MultiFactorAuthPresent に依存する Deny がないと、パスワード (またはアクセスキー) だけで十分になります。</translation>
    </message>
    <message>
        <source>Users who must change their password at first sign-in are blocked (%1)</source>
        <translation>初回サインイン時にパスワードの変更が必要なユーザーがブロックされます (%1)</translation>
    </message>
    <message>
        <source>The Deny does not exempt iam:ChangePassword, so a user with an expired password cannot sign in before an administrator helps. AWS documents this trade-off and advises not to exempt it.</source>
        <translation>Deny が iam:ChangePassword を除外していないため、パスワードの有効期限が切れたユーザーは管理者の手助けなしにはサインインできません。AWS はこのトレードオフを文書化しており、除外しないよう勧めています。</translation>
    </message>
    <message>
        <source>a colon</source>
        <translation>コロン</translation>
    </message>
    <message>
        <source>a comma or ]</source>
        <translation>カンマまたは ]</translation>
    </message>
    <message>
        <source>a comma or }</source>
        <translation>カンマまたは }</translation>
    </message>
    <message>
        <source>the end of the comment</source>
        <translation>コメントの終わり</translation>
    </message>
    <message>
        <source>a digit</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>the end of the document</source>
        <translation>ドキュメントの終わり</translation>
    </message>
    <message>
        <source>an escape sequence</source>
        <translation>エスケープシーケンス</translation>
    </message>
    <message>
        <source>a hexadecimal digit</source>
        <translation>16 進数の数字</translation>
    </message>
    <message>
        <source>a member name in double quotes</source>
        <translation>二重引用符で囲んだメンバー名</translation>
    </message>
    <message>
        <source>a member name or }</source>
        <translation>メンバー名または }</translation>
    </message>
    <message>
        <source>a string character</source>
        <translation>文字列の文字</translation>
    </message>
    <message>
        <source>the closing quote</source>
        <translation>閉じ引用符</translation>
    </message>
    <message>
        <source>the second half of a surrogate pair</source>
        <translation>サロゲートペアの後半</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>a value or ]</source>
        <translation>値または ]</translation>
    </message>
    <message>
        <source>Set &quot;Version&quot;: &quot;2012-10-17&quot;</source>
        <translation>&quot;Version&quot;: &quot;2012-10-17&quot; を設定</translation>
    </message>
    <message>
        <source>Replace with %1</source>
        <translation>%1 に置き換え</translation>
    </message>
    <message>
        <source>Replace the operator with %1</source>
        <translation>演算子を %1 に置き換え</translation>
    </message>
    <message>
        <source>Change the Sid to %1</source>
        <translation>Sid を %1 に変更</translation>
    </message>
    <message>
        <source>Change to %1</source>
        <translation>%1 に変更</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <source>Add %1 to the NotAction of the MFA Deny</source>
        <translation>MFA の Deny の NotAction に %1 を追加</translation>
    </message>
    <message>
        <source>Allow any device name (mfa/*)</source>
        <translation>任意のデバイス名を許可 (mfa/*)</translation>
    </message>
    <message>
        <source>Stop allowing iam:ListUsers</source>
        <translation>iam:ListUsers の許可をやめる</translation>
    </message>
    <message>
        <source>Also match users with a path</source>
        <translation>パスを持つユーザーにも一致させる</translation>
    </message>
    <message>
        <source>Let users name their MFA devices: CreateVirtualMFADevice on mfa/*</source>
        <translation>ユーザーが MFA デバイスに名前を付けられるようにする: mfa/* に対する CreateVirtualMFADevice</translation>
    </message>
    <message>
        <source>Stop allowing DeleteVirtualMFADevice without MFA</source>
        <translation>MFA なしでの DeleteVirtualMFADevice の許可をやめる</translation>
    </message>
    <message>
        <source>The current AWS examples no longer grant or exempt it; AWS warns that exempting it lets users without MFA delete devices. Administrators clean up abandoned devices.</source>
        <translation>現行の AWS の例は、これを許可も除外もしていません。AWS は、除外すると MFA のないユーザーがデバイスを削除できてしまうと警告しています。放棄されたデバイスは管理者が削除します。</translation>
    </message>
    <message>
        <source>The Security credentials page has not needed it since 2019, and it shows every user name before MFA.</source>
        <translation>セキュリティ認証情報ページは 2019 年以降これを必要としておらず、MFA を使う前からすべてのユーザー名が見えてしまいます。</translation>
    </message>
    <message>
        <source>Also match users created with a path</source>
        <translation>パスを指定して作成されたユーザーにも一致させる</translation>
    </message>
    <message>
        <source>user/${aws:username} does not match user/PATH/NAME; adding user/*/${aws:username} covers users with a path.</source>
        <translation>user/${aws:username} は user/PATH/NAME に一致しません。user/*/${aws:username} を追加すると、パスを持つユーザーも対象になります。</translation>
    </message>
    <message>
        <source>Use BoolIfExists in the MFA Deny</source>
        <translation>MFA の Deny で BoolIfExists を使う</translation>
    </message>
    <message>
        <source>With Bool, requests signed with long-term access keys (no aws:MultiFactorAuthPresent key) are not denied.</source>
        <translation>Bool では、長期のアクセスキーで署名されたリクエスト (aws:MultiFactorAuthPresent キーなし) が拒否されません。</translation>
    </message>
    <message>
        <source>the end of the text</source>
        <translation>テキストの終わり</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>ポリシー</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>ステートメント</translation>
    </message>
    <message>
        <source> (did you mean &quot;%1&quot;?)</source>
        <translation> (&quot;%1&quot; の間違いですか?)</translation>
    </message>
    <message>
        <source> (did you mean %1?)</source>
        <translation> (%1 の間違いですか?)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> または </translation>
    </message>
    <message>
        <source>%1 %2: the request value %3 equals none of %4, even ignoring case</source>
        <translation>%1 %2: リクエストの値 %3 は大文字と小文字を区別しなくても %4 のいずれとも等しくありません</translation>
    </message>
    <message>
        <source>%1 %2: the request value %3 does not equal %4, even ignoring case</source>
        <translation>%1 %2: リクエストの値 %3 は大文字と小文字を区別しなくても %4 と等しくありません</translation>
    </message>
    <message>
        <source>%1 %2: the request value %3 matches none of %4</source>
        <translation>%1 %2: リクエストの値 %3 は %4 のいずれにも一致しません</translation>
    </message>
    <message>
        <source>%1 %2: the request value %3 is in none of %4</source>
        <translation>%1 %2: リクエストの値 %3 は %4 のいずれの範囲にも含まれません</translation>
    </message>
    <message>
        <source>%1 %2: the request value %3 is not in %4</source>
        <translation>%1 %2: リクエストの値 %3 は %4 の範囲に含まれません</translation>
    </message>
    <message>
        <source>%1 %2: the request value %3 equals none of %4</source>
        <translation>%1 %2: リクエストの値 %3 は %4 のいずれとも等しくありません</translation>
    </message>
    <message>
        <source>%1 %2: the request value %3 does not equal %4</source>
        <translation>%1 %2: リクエストの値 %3 は %4 と等しくありません</translation>
    </message>
    <message>
        <source>%1 %2: the request value %3 equals %4 (ignoring case), one of %5</source>
        <translation>%1 %2: リクエストの値 %3 は大文字と小文字を区別しないと %5 のうちの %4 と等しい値です</translation>
    </message>
    <message>
        <source>%1 %2: the request value %3 equals %4 (ignoring case)</source>
        <translation>%1 %2: リクエストの値 %3 は大文字と小文字を区別しないと %4 と等しい値です</translation>
    </message>
    <message>
        <source>%1 %2: the request value %3 matches %4, one of %5</source>
        <translation>%1 %2: リクエストの値 %3 が %5 のうちの %4 に一致します</translation>
    </message>
    <message>
        <source>%1 %2: the request value %3 is in %4, one of %5</source>
        <translation>%1 %2: リクエストの値 %3 は %5 のうちの %4 の範囲に含まれます</translation>
    </message>
    <message>
        <source>%1 %2: the request value %3 is in %4</source>
        <translation>%1 %2: リクエストの値 %3 は %4 の範囲に含まれます</translation>
    </message>
    <message>
        <source>%1 %2: the request value %3 equals %4, one of %5</source>
        <translation>%1 %2: リクエストの値 %3 は %5 のうちの %4 と等しい値です</translation>
    </message>
    <message>
        <source>%1 %2: the request value %3 equals %4</source>
        <translation>%1 %2: リクエストの値 %3 は %4 と等しい値です</translation>
    </message>
    <message>
        <source>%1 %2: each of the request values %3 matches one of %4</source>
        <translation>%1 %2: リクエストの値 %3 はどれも %4 のいずれかに一致します</translation>
    </message>
    <message>
        <source>%1 %2: not all of the request values %3 match one of %4</source>
        <translation>%1 %2: リクエストの値 %3 の中に %4 のどれにも一致しない値があります</translation>
    </message>
    <message>
        <source>two of its edits change the same text</source>
        <translation>この変更の 2 つの編集が同じテキストを変更します</translation>
    </message>
    <message>
        <source>it edits the same text as “%1”, which was applied first</source>
        <translation>先に適用された「%1」と同じテキストを編集します</translation>
    </message>
    <message>
        <source>the text has changed since the change was proposed</source>
        <translation>変更が提案された後にテキストが変わりました</translation>
    </message>
    <message>
        <source>Not applied: %1 [%2]: %3</source>
        <translation>適用されませんでした: %1 [%2]: %3</translation>
    </message>
    <message>
        <source>the statement is not a JSON object</source>
        <translation>ステートメントが JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>it has no Effect</source>
        <translation>Effect がありません</translation>
    </message>
    <message>
        <source>its Effect is not &quot;Allow&quot; or &quot;Deny&quot; (case-sensitive)</source>
        <translation>Effect が &quot;Allow&quot; または &quot;Deny&quot; ではありません (大文字と小文字を区別します)</translation>
    </message>
    <message>
        <source>it has neither Action nor NotAction</source>
        <translation>Action も NotAction もありません</translation>
    </message>
    <message>
        <source>it has both Action and NotAction</source>
        <translation>Action と NotAction の両方があります</translation>
    </message>
    <message>
        <source>its Action or NotAction is not a string or a list of strings</source>
        <translation>Action または NotAction が文字列でも文字列のリストでもありません</translation>
    </message>
    <message>
        <source>its Action or NotAction is an empty list</source>
        <translation>Action または NotAction が空のリストです</translation>
    </message>
    <message>
        <source>it has neither Resource nor NotResource</source>
        <translation>Resource も NotResource もありません</translation>
    </message>
    <message>
        <source>it has both Resource and NotResource</source>
        <translation>Resource と NotResource の両方があります</translation>
    </message>
    <message>
        <source>its Resource or NotResource is not a string or a list of strings</source>
        <translation>Resource または NotResource が文字列でも文字列のリストでもありません</translation>
    </message>
    <message>
        <source>its Resource or NotResource is an empty list</source>
        <translation>Resource または NotResource が空のリストです</translation>
    </message>
    <message>
        <source>its Condition is not an object of operators and keys</source>
        <translation>Condition が演算子とキーのオブジェクトではありません</translation>
    </message>
    <message>
        <source>a condition value is not a string, number or boolean</source>
        <translation>条件の値が文字列、数値、ブール値のいずれでもありません</translation>
    </message>
    <message>
        <source>a condition key has an empty list of values</source>
        <translation>条件キーの値が空のリストです</translation>
    </message>
    <message>
        <source>a condition operator is unknown (or NullIfExists)</source>
        <translation>条件演算子が不明です (または NullIfExists です)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <source>%1 could not be evaluated and was left out: %2</source>
        <translation>%1 は評価できないため除外されました: %2</translation>
    </message>
    <message>
        <source>no decision: a Deny statement, or one whose Effect cannot be read, might apply to this request but could not be evaluated, so any answer could be wrong (IAM rejects such a policy). %1</source>
        <translation>判定なし: Deny ステートメント、または Effect を読み取れないステートメントがこのリクエストに適用される可能性がありますが評価できないため、どの回答も誤りである可能性があります (IAM はこのようなポリシーを拒否します)。%1</translation>
    </message>
    <message>
        <source>Policy variable %3 in the %2 part of an ARN</source>
        <translation>ARN の%2部分にポリシー変数 %3 があります</translation>
    </message>
    <message>
        <source>IAM substitutes variables in an ARN only in the resource part, after the fifth colon. Here the variable stays as written, so this entry matches no resource.</source>
        <translation>IAM が ARN 内の変数を置き換えるのは、5 番目のコロンより後のリソース部分だけです。ここでは変数が書かれたとおりのまま残るため、このエントリはどのリソースにも一致しません。</translation>
    </message>
    <message>
        <source>partition</source>
        <translation>パーティション</translation>
    </message>
    <message>
        <source>service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>IAM rejects the policy (MalformedPolicyDocument), and a statement with an empty list is not evaluated; remove the element or add values.</source>
        <translation>IAM はこのポリシーを拒否します (MalformedPolicyDocument)。空のリストを含むステートメントは評価されません。要素を削除するか値を追加してください。</translation>
    </message>
    <message>
        <source>The policy could not be read: internal error (%1)</source>
        <translation>ポリシーを読み取れませんでした: 内部エラー (%1)</translation>
    </message>
    <message>
        <source>Reading the document failed for a reason that is neither its syntax nor its size; this is a defect of this program. Nothing of the document was checked or evaluated.</source>
        <translation>ドキュメントの構文でもサイズでもない理由で読み取りに失敗しました。これはこのプログラムの不具合です。ドキュメントは何もチェックも評価もされていません。</translation>
    </message>
    <message>
        <source>The document is too large to read</source>
        <translation>ドキュメントが大きすぎて読み取れません</translation>
    </message>
    <message>
        <source>The text is 4 GB or more, or there was not enough memory to read it; nothing of it was read. A policy is at most a few thousand characters.</source>
        <translation>テキストが 4 GB 以上あるか、読み取るためのメモリが足りません。何も読み取られていません。ポリシーは多くても数千文字です。</translation>
    </message>
    <message>
        <source>%1 %2: none of the request values %3 matches any of %4</source>
        <translation>%1 %2: リクエストの値 %3 はどれも %4 のいずれにも一致しません</translation>
    </message>
    <message>
        <source>a condition value cannot be read as its operator&apos;s type (a number, date, Boolean, IP address or base64)</source>
        <translation>条件の値を演算子の型 (数値、日付、ブール値、IP アドレス、base64) として読み取れない</translation>
    </message>
    <message>
        <source>%1 cannot read the value %2 of %3</source>
        <translation>%1 は %3 の値 %2 を読み取れません</translation>
    </message>
    <message>
        <source>The value is not a number, date, IP address or base64 text as the operator needs. AWS does not document what such a condition does, so the statement is not evaluated: in a Deny it leaves the answer undecided instead of switching the Deny off.</source>
        <translation>値が、演算子に必要な数値・日付・IP アドレス・base64 テキストではありません。このような条件の動作は AWS のドキュメントに記載がないため、このステートメントは評価しません。Deny の中では、Deny を無効にせず、判定を未確定のままにします。</translation>
    </message>
    <message>
        <source>Some MFA checks cannot be decided (%1 of them)</source>
        <translation>MFA のチェックの一部を判定できません (%1 件)</translation>
    </message>
    <message>
        <source>A statement that cannot be evaluated (for example a Deny with an invalid Effect) might apply to the requests these checks ask about. Rather than guess, they report nothing: fix the errors of the policy and check again.</source>
        <translation>評価できないステートメント (たとえば Effect が無効な Deny) が、これらのチェックで調べるリクエストに適用される可能性があります。推測はせず、これらのチェックは何も報告しません。ポリシーのエラーを修正してから、もう一度チェックしてください。</translation>
    </message>
    <message>
        <source>The permissions boundary refuses %1 without MFA, which enrollment needs</source>
        <translation>アクセス許可の境界が、MFA なしの %1 を拒否しています (MFA の登録に必要です)</translation>
    </message>
    <message>
        <source>The user&apos;s policies allow this call, but a permissions boundary must allow it as well. Until it does, a user without MFA can never set MFA up.</source>
        <translation>ユーザーのポリシーはこの呼び出しを許可していますが、アクセス許可の境界でも許可されている必要があります。許可されるまで、MFA のないユーザーは MFA を設定できません。</translation>
    </message>
    <message>
        <source>A service control policy (%3) refuses %1 without MFA, which enrollment needs</source>
        <translation>サービスコントロールポリシー (SCP、%3) が、MFA なしの %1 を拒否しています (MFA の登録に必要です)</translation>
    </message>
    <message>
        <source>The user&apos;s policies allow this call, but the SCPs of every level of the organization above the account must allow it as well. Until they do, a user without MFA can never set MFA up.</source>
        <translation>ユーザーのポリシーはこの呼び出しを許可していますが、アカウントより上の組織のすべてのレベルの SCP でも許可されている必要があります。許可されるまで、MFA のないユーザーは MFA を設定できません。</translation>
    </message>
    <message>
        <source>Undetermined</source>
        <translation>判定不能</translation>
    </message>
    <message>
        <source>identity-based policy</source>
        <translation>アイデンティティベースのポリシー</translation>
    </message>
    <message>
        <source>permissions boundary</source>
        <translation>アクセス許可の境界</translation>
    </message>
    <message>
        <source>service control policy</source>
        <translation>サービスコントロールポリシー (SCP)</translation>
    </message>
    <message>
        <source>Access keys (MFA key absent)</source>
        <translation>アクセスキー (MFA キーなし)</translation>
    </message>
    <message>
        <source>Since November 2022 users choose device names; mfa/${aws:username} refuses every other name. mfa/* allows any name, and because device names are not owned by users, a name such as another user&apos;s becomes creatable too, as in AWS&apos;s current example. Enable, resync and deactivate stay limited to the user&apos;s own user ARN. This is what the AWS examples changed in November and December 2022.</source>
        <translation>2022 年 11 月以降、ユーザーはデバイス名を選びます。mfa/${aws:username} はそれ以外の名前をすべて拒否します。mfa/* はどの名前も許可し、デバイス名はユーザーのものではないため、AWS の現在の例と同じく、別のユーザーの名前のような名前でも作成できるようになります。有効化、再同期、無効化は引き続きユーザー自身のユーザー ARN に限られます。これは AWS の例が 2022 年 11 月と 12 月に変更した内容です。</translation>
    </message>
</context>
</TS>
