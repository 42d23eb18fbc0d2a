<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Lectern</name>
    <message>
        <source>%1 is a folder now, not a file.</source>
        <translation>%1 ist jetzt ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>The name “%1…” is too long (%2 bytes; the limit is %3).</source>
        <translation>Der Name „%1…“ ist zu lang (%2 Bytes; die Grenze liegt bei %3).</translation>
    </message>
    <message>
        <source>The path is too long (%1 bytes; the limit is %2).</source>
        <translation>Der Pfad ist zu lang (%1 Bytes; die Grenze liegt bei %2).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist any more (moved, deleted or unmounted?).</source>
        <translation>Den Ordner %1 gibt es nicht mehr (verschoben, gelöscht oder ausgehängt?).</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder, so it cannot hold %2.</source>
        <translation>%1 ist eine Datei, kein Ordner, und kann daher %2 nicht enthalten.</translation>
    </message>
    <message>
        <source>%1 is read-only.</source>
        <translation>%1 ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only.</source>
        <translation>Der Ordner %1 ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>image “%1” is not in the site (%2)</source>
        <translation>Bild „%1“ liegt nicht in der Website (%2)</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: Schreiben nicht möglich: %2</translation>
    </message>
</context>
<context>
    <name>Lectern::BodyCommand</name>
    <message>
        <source>Typing</source>
        <translation>Texteingabe</translation>
    </message>
    <message>
        <source>the text to replace is not in the body</source>
        <translation>der zu ersetzende Text steht nicht im Beitragstext</translation>
    </message>
</context>
<context>
    <name>Lectern::BodyCounts</name>
    <message>
        <source>Selected words: %L1 · characters: %L2 · %L3 min read</source>
        <translation>Auswahl: Wörter: %L1 · Zeichen: %L2 · %L3 Min. Lesezeit</translation>
    </message>
    <message>
        <source>Words: %L1 · Characters: %L2 · %L3 min read</source>
        <translation>Wörter: %L1 · Zeichen: %L2 · %L3 Min. Lesezeit</translation>
    </message>
    <message>
        <source>Body counts</source>
        <translation>Zählung des Textes</translation>
    </message>
</context>
<context>
    <name>Lectern::BoolFieldEditor</name>
    <message>
        <source>(site default)</source>
        <translation>(Website-Standard)</translation>
    </message>
</context>
<context>
    <name>Lectern::ChoiceFieldEditor</name>
    <message>
        <source>%1 (site default)</source>
        <translation>%1 (Website-Standard)</translation>
    </message>
</context>
<context>
    <name>Lectern::Cli</name>
    <message>
        <source>lectern-cli: unknown command &quot;%1&quot;</source>
        <translation>lectern-cli: unbekannter Befehl &quot;%1&quot;</translation>
    </message>
    <message>
        <source>usage: lectern-cli COMMAND ARGS...</source>
        <translation>Aufruf: lectern-cli COMMAND ARGS...</translation>
    </message>
    <message>
        <source>%1 needs a file name</source>
        <translation>%1 braucht einen Dateinamen</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>unbekannte Option &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: the front matter is not valid YAML; nothing written</source>
        <translation>%1: die Kopfdaten (Front Matter) sind kein gültiges YAML; nichts geschrieben</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 braucht einen Wert</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no post given</source>
        <translation>kein Beitrag angegeben</translation>
    </message>
    <message>
        <source>PDF needs an output file: -o FILE.pdf</source>
        <translation>PDF braucht eine Ausgabedatei: -o FILE.pdf</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: Schreiben nicht möglich: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>lectern-cli export: %1</source>
        <translation>lectern-cli export: %1</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1: der Ordner %2 existiert nicht</translation>
    </message>
    <message>
        <source>%1: cannot make a calendar event: %2</source>
        <translation>%1: Kalendereintrag kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: Warnung: %2</translation>
    </message>
    <message>
        <source>usage: lectern-cli get FILE [KEY] [--body]</source>
        <translation>Aufruf: lectern-cli get FILE [KEY] [--body]</translation>
    </message>
    <message>
        <source>%1: no key &quot;%2&quot; in the front matter</source>
        <translation>%1: kein Schlüssel &quot;%2&quot; in den Kopfdaten (Front Matter)</translation>
    </message>
    <message>
        <source>usage: lectern-cli list SITE_DIR [--json]</source>
        <translation>Aufruf: lectern-cli list SITE_DIR [--json]</translation>
    </message>
    <message>
        <source>%1: no Jekyll site here (no _config.yml in this folder or above)</source>
        <translation>%1: hier ist keine Jekyll-Website (kein _config.yml in diesem oder einem übergeordneten Ordner)</translation>
    </message>
    <message>
        <source>--date %1: not a date; use YYYY-MM-DD</source>
        <translation>--date %1: kein Datum; verwenden Sie YYYY-MM-DD</translation>
    </message>
    <message>
        <source>usage: lectern-cli save FILE -o OUT</source>
        <translation>Aufruf: lectern-cli save FILE -o OUT</translation>
    </message>
    <message>
        <source>usage: lectern-cli schema SITE_DIR|FILE</source>
        <translation>Aufruf: lectern-cli schema SITE_DIR|FILE</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: Datei oder Ordner nicht gefunden</translation>
    </message>
    <message>
        <source>%1: not inside a Jekyll site (no _config.yml found above it)</source>
        <translation>%1: liegt nicht in einer Jekyll-Website (kein _config.yml darüber gefunden)</translation>
    </message>
    <message>
        <source>the key must not be empty</source>
        <translation>der Schlüssel darf nicht leer sein</translation>
    </message>
    <message>
        <source>%1: cannot set &quot;%2&quot;: %3</source>
        <translation>%1: &quot;%2&quot; kann nicht gesetzt werden: %3</translation>
    </message>
    <message>
        <source>usage: lectern-cli unset FILE KEY [-o OUT]</source>
        <translation>Aufruf: lectern-cli unset FILE KEY [-o OUT]</translation>
    </message>
    <message>
        <source>%1: cannot remove &quot;%2&quot;: %3</source>
        <translation>%1: &quot;%2&quot; kann nicht entfernt werden: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a yes/no field: give true or false (--string writes it as text)</source>
        <translation>&quot;%1&quot; ist ein Ja/Nein-Feld: geben Sie true oder false an (--string schreibt den Wert als Text)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a number field: &quot;%2&quot; is not a number (--string writes it as text)</source>
        <translation>&quot;%1&quot; ist ein Zahlenfeld: &quot;%2&quot; ist keine Zahl (--string schreibt den Wert als Text)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a date field: &quot;%2&quot; is not a date Jekyll can read (--string writes it as text)</source>
        <translation>&quot;%1&quot; ist ein Datumsfeld: &quot;%2&quot; ist kein Datum, das Jekyll lesen kann (--string schreibt den Wert als Text)</translation>
    </message>
    <message>
        <source>usage: lectern-cli set FILE KEY VALUE [--string] [-o OUT]  |  set FILE KEY --yaml FRAGMENT [-o OUT]
  VALUE is written as the type the site&apos;s schema gives KEY (published: true/false, numbers,
  dates); --string writes it as text. A VALUE starting with &quot;-&quot; goes after &quot;--&quot;:
  lectern-cli set FILE KEY -- -5</source>
        <translation>Aufruf: lectern-cli set FILE KEY VALUE [--string] [-o OUT]  |  set FILE KEY --yaml FRAGMENT [-o OUT]
  VALUE wird mit dem Typ geschrieben, den das Schema der Website KEY gibt (published: true/false, Zahlen,
  Daten); --string schreibt ihn als Text. Ein VALUE, der mit &quot;-&quot; beginnt, steht nach &quot;--&quot;:
  lectern-cli set FILE KEY -- -5</translation>
    </message>
    <message>
        <source>usage: lectern-cli new SITE_DIR --title T --date YYYY-MM-DD [--template seminar|news|PATH] [--draft]
                         [--slug-mode default|pretty|ascii|latin|raw]
  --slug-mode  how the title becomes the file name, as Jekyll&apos;s slugify modes: default keeps
               letters and digits of any script (&quot;GPU 研讨会&quot; → gpu-研讨会); latin transliterates
               accents (&quot;Zoë&quot; → zoe) and drops other scripts; ascii keeps only A-Z a-z 0-9</source>
        <translation>Aufruf: lectern-cli new SITE_DIR --title T --date YYYY-MM-DD [--template seminar|news|PATH] [--draft]
                         [--slug-mode default|pretty|ascii|latin|raw]
  --slug-mode  wie aus dem Titel der Dateiname wird, nach Jekylls slugify-Modi: default behält
               Buchstaben und Ziffern jeder Schrift (&quot;GPU 研讨会&quot; → gpu-研讨会); latin transliteriert
               Akzente (&quot;Zoë&quot; → zoe) und lässt andere Schriften weg; ascii behält nur A-Z a-z 0-9</translation>
    </message>
    <message>
        <source>usage: lectern-cli check [--spelling|--spelling-errors] FILE...</source>
        <translation>Aufruf: lectern-cli check [--spelling|--spelling-errors] FILE...</translation>
    </message>
    <message>
        <source>lectern-cli: no spelling dictionary for &quot;%1&quot; (installed: %2); spelling not checked</source>
        <translation>lectern-cli: kein Rechtschreibwörterbuch für &quot;%1&quot; (installiert: %2); Rechtschreibung nicht geprüft</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>unknown engine &quot;%1&quot; (auto, jekyll, builtin)</source>
        <translation>unbekannte Engine &quot;%1&quot; (auto, jekyll, builtin)</translation>
    </message>
    <message>
        <source>no site root (_config.yml) found</source>
        <translation>kein Website-Stammordner (_config.yml) gefunden</translation>
    </message>
    <message>
        <source>%1: the site&apos;s Jekyll cannot render the post: %2</source>
        <translation>%1: das Jekyll der Website kann den Beitrag nicht darstellen: %2</translation>
    </message>
    <message>
        <source>%1: note: built-in renderer (the site&apos;s Jekyll: %2)</source>
        <translation>%1: Hinweis: eingebaute Darstellung (Jekyll der Website: %2)</translation>
    </message>
    <message>
        <source>local changes in the way</source>
        <translation>lokale Änderungen stehen im Weg</translation>
    </message>
    <message>
        <source>changed on both sides</source>
        <translation>auf beiden Seiten geändert</translation>
    </message>
    <message>
        <source> (no such file)</source>
        <translation> (Datei nicht gefunden)</translation>
    </message>
    <message>
        <source>usage: lectern-cli status SITE [--json]</source>
        <translation>Aufruf: lectern-cli status SITE [--json]</translation>
    </message>
    <message>
        <source>branch %1</source>
        <translation>Branch %1</translation>
    </message>
    <message>
        <source>, no upstream</source>
        <translation>, kein Upstream</translation>
    </message>
    <message>
        <source>, upstream %1 (ahead %2, behind %3)</source>
        <translation>, Upstream %1 (%2 voraus, %3 zurück)</translation>
    </message>
    <message>
        <source>not published: fix the errors above first</source>
        <translation>nicht veröffentlicht: beheben Sie zuerst die obigen Fehler</translation>
    </message>
    <message>
        <source>usage: lectern-cli pull SITE</source>
        <translation>Aufruf: lectern-cli pull SITE</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (html, email, text, pdf, card-image, ics, eml)</source>
        <translation>unbekanntes Format &quot;%1&quot; (html, email, text, pdf, card-image, ics, eml)</translation>
    </message>
    <message>
        <source>--inline-images is for --format eml</source>
        <translation>--inline-images gilt nur für --format eml</translation>
    </message>
    <message>
        <source>the sharing image needs an output file: -o FILE.png</source>
        <translation>das Bild zum Teilen braucht eine Ausgabedatei: -o FILE.png</translation>
    </message>
    <message>
        <source>%1 needs %2, which is not installed</source>
        <translation>%1 benötigt %2, das nicht installiert ist</translation>
    </message>
    <message>
        <source>%1: drawing did not finish</source>
        <translation>%1: das Zeichnen wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <source>%1: not written: %2</source>
        <translation>%1: nicht geschrieben: %2</translation>
    </message>
    <message>
        <source>usage: lectern-cli export FILE --format html|email|text|pdf|card-image|ics|eml [-o OUT] [--site DIR] [--with-header] [--inline-images] [--engine auto|jekyll|builtin] [--trust-site]</source>
        <translation>Aufruf: lectern-cli export FILE --format html|email|text|pdf|card-image|ics|eml [-o OUT] [--site DIR] [--with-header] [--inline-images] [--engine auto|jekyll|builtin] [--trust-site]</translation>
    </message>
    <message>
        <source>a site folder exports as a calendar feed only: --format ics</source>
        <translation>ein Website-Ordner wird nur als Kalender-Feed exportiert: --format ics</translation>
    </message>
    <message>
        <source>--now: &quot;%1&quot; is not an ISO 8601 date and time (2025-03-01T09:00:00Z)</source>
        <translation>--now: &quot;%1&quot; ist kein Datum mit Uhrzeit nach ISO 8601 (2025-03-01T09:00:00Z)</translation>
    </message>
    <message>
        <source>usage: lectern-cli export SITE --format ics [--upcoming|--all] [--category NAME] [--now DATETIME] [-o OUT]</source>
        <translation>Aufruf: lectern-cli export SITE --format ics [--upcoming|--all] [--category NAME] [--now DATETIME] [-o OUT]</translation>
    </message>
    <message>
        <source>%1 (warning)</source>
        <translation>%1 (Warnung)</translation>
    </message>
    <message>
        <source>%1: skipped, no calendar event: %2</source>
        <translation>%1: übersprungen, kein Kalendereintrag: %2</translation>
    </message>
    <message>
        <source>events in the calendar: %1</source>
        <translation>Termine im Kalender: %1</translation>
    </message>
    <message>
        <source>; past events left out: %1 (--all keeps them)</source>
        <translation>; vergangene Termine weggelassen: %1 (--all behält sie)</translation>
    </message>
    <message>
        <source>; posts skipped: %1</source>
        <translation>; Beiträge übersprungen: %1</translation>
    </message>
    <message>
        <source>; %1 updated (commit it with the site)</source>
        <translation>; %1 aktualisiert (committen Sie es mit der Website)</translation>
    </message>
    <message>
        <source>Nothing was pushed. Run the same command again with one choice:</source>
        <translation>Es wurde nichts übertragen. Führen Sie denselben Befehl noch einmal mit einer dieser Optionen aus:</translation>
    </message>
    <message>
        <source>the file becomes your colleague&apos;s version; yours is kept in a copy in _lectern-kept/</source>
        <translation>die Datei wird zur Fassung aus Ihrem Team; Ihre Fassung bleibt als Kopie in _lectern-kept/ erhalten</translation>
    </message>
    <message>
        <source>both versions go into the file between marker lines: edit it, then publish again</source>
        <translation>beide Fassungen kommen zwischen Markierungszeilen in die Datei: bearbeiten Sie sie und veröffentlichen Sie dann erneut</translation>
    </message>
    <message>
        <source>your version, kept</source>
        <translation>Ihre Fassung, aufbewahrt</translation>
    </message>
    <message>
        <source>both versions, to edit</source>
        <translation>beide Fassungen, zum Bearbeiten</translation>
    </message>
    <message>
        <source>usage: lectern-cli publish FILE... [-m MESSAGE] [--no-push] [--keep-theirs|--keep-mine|--edit-merge]</source>
        <translation>Aufruf: lectern-cli publish FILE... [-m MESSAGE] [--no-push] [--keep-theirs|--keep-mine|--edit-merge]</translation>
    </message>
    <message>
        <source>usage: lectern-cli %1</source>
        <translation>Aufruf: lectern-cli %1</translation>
    </message>
    <message>
        <source>%1: warning: the site&apos;s announce settings could not be read: %2</source>
        <translation>%1: Warnung: die Ankündigungs-Einstellungen der Website sind nicht lesbar: %2</translation>
    </message>
    <message>
        <source>--upcoming and --all cannot be used together</source>
        <translation>--upcoming und --all schließen einander aus</translation>
    </message>
    <message>
        <source>warning: no published post has the category &quot;%1&quot; (the site&apos;s categories: %2)</source>
        <translation>Warnung: kein veröffentlichter Beitrag hat die Kategorie „%1“ (Kategorien der Website: %2)</translation>
    </message>
    <message>
        <source>warning: the calendar holds no event; subscribed calendars will show none</source>
        <translation>Warnung: der Kalender enthält keinen Termin; abonnierte Kalender zeigen keinen</translation>
    </message>
    <message>
        <source>%1: warning: no url in _config.yml: the event has no link to the post</source>
        <translation>%1: Warnung: keine url in _config.yml: der Termin verweist nicht auf den Beitrag</translation>
    </message>
    <message>
        <source>Changed on the remote by %1; the newest change: %2, %3 “%4”</source>
        <translation>Auf dem Server geändert von %1; die neueste Änderung: %2, %3 „%4“</translation>
    </message>
    <message>
        <source>base (common ancestor)</source>
        <translation>Basis (gemeinsamer Vorgänger)</translation>
    </message>
    <message>
        <source>ours (your commit)</source>
        <translation>unsere (Ihr Commit)</translation>
    </message>
    <message>
        <source>theirs (on the remote)</source>
        <translation>ihre (auf dem Server)</translation>
    </message>
    <message>
        <source>theirs (on the remote, by %1)</source>
        <translation>ihre (auf dem Server, von %1)</translation>
    </message>
    <message>
        <source>where you both changed the same lines yours is kept, every other change of theirs stays; committed on top of theirs and published</source>
        <translation>wo Sie beide dieselben Zeilen geändert haben, bleibt Ihre Fassung, jede andere Änderung der anderen bleibt erhalten; als Commit auf deren Stand veröffentlicht</translation>
    </message>
    <message>
        <source>detached HEAD (no branch): switch to the branch the site builds from</source>
        <translation>losgelöster HEAD (kein Branch): wechseln Sie zu dem Branch, aus dem die Website gebaut wird</translation>
    </message>
    <message>
        <source>detached HEAD (no branch): switch to the branch the site builds from (%1)</source>
        <translation>losgelöster HEAD (kein Branch): wechseln Sie zu dem Branch, aus dem die Website gebaut wird (%1)</translation>
    </message>
    <message>
        <source>%1 is not a post (posts live in _posts/ or _drafts/)</source>
        <translation>%1 ist kein Beitrag (Beiträge liegen in _posts/ oder _drafts/)</translation>
    </message>
    <message>
        <source> (the site&apos;s plugins run only with --trust-site)</source>
        <translation> (die Plugins der Website laufen nur mit --trust-site)</translation>
    </message>
</context>
<context>
    <name>Lectern::ConflictDialog</name>
    <message>
        <source>your colleague</source>
        <translation>jemand aus Ihrem Team</translation>
    </message>
    <message>
        <source>(no change to the text)</source>
        <translation>(keine Änderung am Text)</translation>
    </message>
    <message>
        <source>A Colleague Changed the Same Post</source>
        <translation>Jemand aus Ihrem Team hat denselben Beitrag geändert</translation>
    </message>
    <message>
        <source>Keep &amp;Their Version</source>
        <translation>&amp;Andere Fassung behalten</translation>
    </message>
    <message>
        <source>Keep &amp;My Version</source>
        <translation>&amp;Meine Fassung behalten</translation>
    </message>
    <message>
        <source>&amp;Edit Both in the Post</source>
        <translation>Beide im Beitrag &amp;bearbeiten</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>&amp;Später entscheiden</translation>
    </message>
    <message>
        <source>The post becomes your colleague&apos;s version. Yours is kept in a copy in the site&apos;s _lectern-kept folder, so nothing is lost. Nothing of yours is published.</source>
        <translation>Der Beitrag wird zur Fassung aus Ihrem Team. Ihre Fassung bleibt als Kopie im Ordner _lectern-kept der Website erhalten, es geht also nichts verloren. Von Ihrer Fassung wird nichts veröffentlicht.</translation>
    </message>
    <message>
        <source>The post shows both versions between marker lines. Keep what should stay, delete the marker lines, then publish again. Nothing is published until then.</source>
        <translation>Der Beitrag zeigt beide Fassungen zwischen Markierungszeilen. Behalten Sie, was bleiben soll, löschen Sie die Markierungszeilen und veröffentlichen Sie dann erneut. Bis dahin wird nichts veröffentlicht.</translation>
    </message>
    <message>
        <source>Nothing is changed or published now; publishing again brings you back here.</source>
        <translation>Jetzt wird nichts geändert oder veröffentlicht; beim nächsten Veröffentlichen kommen Sie wieder hierher.</translation>
    </message>
    <message>
        <source>%1: changed by you and by %2</source>
        <translation>%1: geändert von Ihnen und von %2</translation>
    </message>
    <message>
        <source>%1: changed by you</source>
        <translation>%1: von Ihnen geändert</translation>
    </message>
    <message>
        <source>%1: changed by %2</source>
        <translation>%1: geändert von %2</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>you deleted the post</source>
        <translation>Sie haben den Beitrag gelöscht</translation>
    </message>
    <message>
        <source>%1 deleted the post</source>
        <translation>%1 hat den Beitrag gelöscht</translation>
    </message>
    <message>
        <source>Your colleague&apos;s version is already on the site.</source>
        <translation>Die Fassung aus Ihrem Team ist bereits auf der Website.</translation>
    </message>
    <message>
        <source>%1&apos;s version is already on the site: published %2, “%3” (commit %4).</source>
        <translation>Die Fassung von %1 ist bereits auf der Website: veröffentlicht %2, „%3“ (Commit %4).</translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation>Abweichende Felder</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before both changes</source>
        <translation>Vor beiden Änderungen</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Ihre Fassung</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>Before both changes (the version you both started from)</source>
        <translation>Vor beiden Änderungen (die Fassung, von der Sie beide ausgegangen sind)</translation>
    </message>
    <message>
        <source>(the post did not exist: you both created it)</source>
        <translation>(den Beitrag gab es noch nicht: Sie haben ihn beide angelegt)</translation>
    </message>
    <message>
        <source>Your version: what you changed</source>
        <translation>Ihre Fassung: was Sie geändert haben</translation>
    </message>
    <message>
        <source>(you deleted the post)</source>
        <translation>(Sie haben den Beitrag gelöscht)</translation>
    </message>
    <message>
        <source>(%1 deleted the post)</source>
        <translation>(%1 hat den Beitrag gelöscht)</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Jemand aus Ihrem Team</translation>
    </message>
    <message>
        <source>%1 published a change to the same post while you were editing it. Nothing has been published or lost: your version is saved and committed on this computer. Choose what the post should say.</source>
        <translation>%1 hat eine Änderung an demselben Beitrag veröffentlicht, während Sie ihn bearbeitet haben. Es wurde nichts veröffentlicht und nichts geht verloren: Ihre Fassung ist auf diesem Computer gespeichert und committet. Wählen Sie, was im Beitrag stehen soll.</translation>
    </message>
    <message>
        <source>Keep %1&apos;s Version</source>
        <translation>Fassung von %1 behalten</translation>
    </message>
    <message>
        <source>Where you both changed the same lines, your lines are kept. Every change only your colleague made (another paragraph, a field) stays in the post too. The result is published on top of theirs as a new change; nothing is overwritten by force.</source>
        <translation>Wo Sie beide dieselben Zeilen geändert haben, bleiben Ihre Zeilen. Jede Änderung, die nur Ihre Kollegin oder Ihr Kollege gemacht hat (ein anderer Absatz, ein Feld), bleibt ebenfalls im Beitrag. Das Ergebnis wird als neue Änderung auf deren Stand veröffentlicht; nichts wird erzwungen überschrieben.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep their version&lt;/b&gt;: the post becomes theirs; yours is kept in a copy. &lt;b&gt;Keep my version&lt;/b&gt;: where you both changed the same lines, yours are published; their other changes stay. &lt;b&gt;Edit both in the post&lt;/b&gt;: combine them yourself, then publish again.</source>
        <translation>&lt;b&gt;Ihre Fassung übernehmen&lt;/b&gt;: der Beitrag wird zu deren Fassung; Ihre bleibt als Kopie erhalten. &lt;b&gt;Meine Fassung behalten&lt;/b&gt;: wo Sie beide dieselben Zeilen geändert haben, wird Ihre veröffentlicht; die anderen Änderungen bleiben. &lt;b&gt;Beide im Beitrag bearbeiten&lt;/b&gt;: führen Sie sie selbst zusammen und veröffentlichen Sie erneut.</translation>
    </message>
    <message>
        <source>Their version is already on the site: changed by %1, last by %2 on %3, “%4” (commit %5).</source>
        <translation>Deren Fassung ist schon auf der Website: geändert von %1, zuletzt von %2 am %3, „%4“ (Commit %5).</translation>
    </message>
    <message>
        <source>%1: what they changed</source>
        <translation>%1: was sie geändert haben</translation>
    </message>
    <message>
        <source>%1 published changes to the same post while you were editing it. Nothing has been published or lost: your version is saved and committed on this computer. Choose what the post should say.</source>
        <translation>%1 haben Änderungen am selben Beitrag veröffentlicht, während Sie ihn bearbeitet haben. Nichts wurde veröffentlicht oder ist verloren: Ihre Fassung ist auf diesem Rechner gespeichert und committet. Wählen Sie, was der Beitrag sagen soll.</translation>
    </message>
    <message>
        <source>You both created this file, so there is no earlier text to merge on: your version replaces theirs on the site. Theirs stays in the site&apos;s history.</source>
        <translation>Sie haben diese Datei beide neu angelegt, es gibt also keinen früheren Text zum Zusammenführen: Ihre Fassung ersetzt deren auf der Website. Deren Fassung bleibt in der Geschichte der Website.</translation>
    </message>
</context>
<context>
    <name>Lectern::ConflictFile</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1 and %n others</source>
        <translation>%1 und %n weitere</translation>
    </message>
    <message>
        <source>Your colleague&apos;s version</source>
        <translation>Fassung Ihrer Kollegin/Ihres Kollegen</translation>
    </message>
    <message>
        <source>%1&apos;s version</source>
        <translation>Fassung von %1</translation>
    </message>
    <message>
        <source>Their version (%1)</source>
        <translation>Deren Fassung (%1)</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Eine Kollegin oder ein Kollege</translation>
    </message>
    <message>
        <source>%1 moved or deleted %2 on the remote (a new date renames a post). Keeping your version would put the old file back beside theirs, and the site would show the post twice. Keep their version instead (yours is kept in a copy, to carry your changes over). Nothing was changed</source>
        <translation>%1 hat %2 auf dem Server verschoben oder gelöscht (ein neues Datum benennt einen Beitrag um). Ihre Fassung zu behalten, würde die alte Datei neben deren zurückbringen, und die Website zeigte den Beitrag doppelt. Übernehmen Sie stattdessen deren Fassung (Ihre bleibt als Kopie erhalten, um Ihre Änderungen zu übertragen). Nichts wurde geändert</translation>
    </message>
</context>
<context>
    <name>Lectern::DateFieldEditor</name>
    <message>
        <source>Site default: %1</source>
        <translation>Website-Standard: %1</translation>
    </message>
    <message>
        <source>“%1” is not a date: type one as “%2” or “%3”.</source>
        <translation>„%1“ ist kein Datum: Geben Sie es als „%2“ oder „%3“ ein.</translation>
    </message>
</context>
<context>
    <name>Lectern::DiffDialog</name>
    <message>
        <source>The two versions are identical.</source>
        <translation>Die beiden Fassungen sind identisch.</translation>
    </message>
</context>
<context>
    <name>Lectern::DiskChangeBar</name>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Meine Fassung behalten</translation>
    </message>
    <message>
        <source>Show Differences</source>
        <translation>Unterschiede anzeigen</translation>
    </message>
    <message>
        <source>“%1” was deleted or moved by another program. Your text is still here; saving will create the file again.</source>
        <translation>„%1“ wurde von einem anderen Programm gelöscht oder verschoben. Ihr Text ist noch hier; beim Speichern wird die Datei neu angelegt.</translation>
    </message>
    <message>
        <source>“%1” was changed by another program while you were editing it. Saving now would overwrite that change.</source>
        <translation>„%1“ wurde von einem anderen Programm geändert, während Sie sie bearbeitet haben. Wenn Sie jetzt speichern, wird diese Änderung überschrieben.</translation>
    </message>
    <message>
        <source>Reload from Disk</source>
        <translation>Von der Festplatte neu laden</translation>
    </message>
    <message>
        <source>Reloading discards your unsaved edits. Reload anyway?</source>
        <translation>Beim Neuladen gehen Ihre ungespeicherten Änderungen verloren. Trotzdem neu laden?</translation>
    </message>
</context>
<context>
    <name>Lectern::EmailDraft</name>
    <message>
        <source>no To: address (set announce: to: in .lectern.yml)</source>
        <translation>keine An-Adresse (legen Sie announce: to: in .lectern.yml fest)</translation>
    </message>
    <message>
        <source>no url in _config.yml: the links and images in the mail are relative and will not open</source>
        <translation>keine url in _config.yml: Die Links und Bilder in der E-Mail sind relativ und lassen sich nicht öffnen</translation>
    </message>
    <message>
        <source>image %1 is not from the site: left as a link</source>
        <translation>Bild %1 stammt nicht von der Website: als Link belassen</translation>
    </message>
    <message>
        <source>image %1 is not in the site (%2): left as a link</source>
        <translation>Bild %1 liegt nicht in der Website (%2): als Link belassen</translation>
    </message>
    <message>
        <source>invite.ics: %1</source>
        <translation>invite.ics: %1</translation>
    </message>
    <message>
        <source>no invite.ics attached: %1</source>
        <translation>kein invite.ics angehängt: %1</translation>
    </message>
    <message>
        <source>no featured image (`image` in the front matter)</source>
        <translation>kein Beitragsbild (`image` in den Kopfdaten)</translation>
    </message>
    <message>
        <source>the featured image %1 is not in the site (%2)</source>
        <translation>das Beitragsbild %1 ist nicht in der Website (%2)</translation>
    </message>
    <message>
        <source>“%1” in announce: to: is not an e-mail address (a name with a comma needs quotes: &quot;Smith, John&quot; &lt;js@example.org&gt;)</source>
        <translation>„%1“ in announce: to: ist keine E-Mail-Adresse (ein Name mit Komma braucht Anführungszeichen: &quot;Smith, John&quot; &lt;js@example.org&gt;)</translation>
    </message>
</context>
<context>
    <name>Lectern::EventDate</name>
    <message>
        <source>the When: line names %1 but the front-matter date is %2; the calendar export uses the When: line</source>
        <translation>die „When:“-Zeile nennt %1, das Datum im Front Matter ist aber %2; der Kalenderexport verwendet die „When:“-Zeile</translation>
    </message>
</context>
<context>
    <name>Lectern::EventTime</name>
    <message>
        <source>cannot tell the date from “%1”</source>
        <translation>das Datum lässt sich aus „%1“ nicht erkennen</translation>
    </message>
    <message>
        <source>“%1” gives a date but no time of day</source>
        <translation>„%1“ enthält ein Datum, aber keine Uhrzeit</translation>
    </message>
    <message>
        <source>cannot tell the time of day from “%1”</source>
        <translation>die Uhrzeit lässt sich aus „%1“ nicht erkennen</translation>
    </message>
    <message>
        <source>unknown time zone “%1” in “%2”</source>
        <translation>unbekannte Zeitzone „%1“ in „%2“</translation>
    </message>
    <message>
        <source>“%1” names no time zone and _config.yml sets none</source>
        <translation>„%1“ nennt keine Zeitzone und _config.yml legt keine fest</translation>
    </message>
    <message>
        <source>no time zone in “%1”: used the site&apos;s %2</source>
        <translation>keine Zeitzone in „%1“: die Zeitzone der Website (%2) wurde verwendet</translation>
    </message>
    <message>
        <source>the post gives no event time: no “When:” line in the body and no time in the front matter</source>
        <translation>der Beitrag nennt keine Veranstaltungszeit: keine „When:“-Zeile im Text und keine Uhrzeit in den Kopfdaten</translation>
    </message>
</context>
<context>
    <name>Lectern::ExactPreview</name>
    <message>
        <source>Fast preview only: %1</source>
        <translation>Nur schnelle Vorschau: %1</translation>
    </message>
    <message>
        <source>Trust this site&apos;s plugins?</source>
        <translation>Den Plugins dieser Website vertrauen?</translation>
    </message>
    <message>
        <source>&amp;Trust and Run Plugins</source>
        <translation>&amp;Vertrauen und Plugins ausführen</translation>
    </message>
    <message>
        <source>&amp;Safe Mode</source>
        <translation>&amp;Sicherer Modus</translation>
    </message>
    <message>
        <source>Site trusted: its plugins run in the exact preview</source>
        <translation>Website vertrauenswürdig: ihre Plugins laufen in der exakten Vorschau</translation>
    </message>
    <message>
        <source>Site not trusted: the exact preview uses Jekyll&apos;s safe mode (no plugins)</source>
        <translation>Website nicht vertrauenswürdig: die exakte Vorschau verwendet den sicheren Modus von Jekyll (keine Plugins)</translation>
    </message>
    <message>
        <source>Exact preview: %1</source>
        <translation>Exakte Vorschau: %1</translation>
    </message>
    <message>
        <source>Fast preview</source>
        <translation>Schnelle Vorschau</translation>
    </message>
    <message>
        <source>The built-in renderer: shown at once on each keystroke.</source>
        <translation>Die eingebaute Darstellung: bei jedem Tastendruck sofort angezeigt.</translation>
    </message>
    <message>
        <source>Exact — Jekyll %1</source>
        <translation>Exakt — Jekyll %1</translation>
    </message>
    <message>
        <source>Rendered by the site&apos;s own Jekyll, with its plugins.</source>
        <translation>Dargestellt vom Jekyll der Website selbst, mit ihren Plugins.</translation>
    </message>
    <message>
        <source>Rendered by the site&apos;s own Jekyll in safe mode (no plugins).</source>
        <translation>Dargestellt vom Jekyll der Website selbst, im sicheren Modus (keine Plugins).</translation>
    </message>
    <message>
        <source>The site&apos;s Jekyll renders when typing pauses.</source>
        <translation>Das Jekyll der Website stellt den Beitrag dar, sobald Sie beim Tippen innehalten.</translation>
    </message>
    <message>
        <source>The site&apos;s Jekyll is loading the site…</source>
        <translation>Das Jekyll der Website lädt die Website…</translation>
    </message>
    <message>
        <source>Waiting for the answer about the site&apos;s plugins.</source>
        <translation>Warten auf die Antwort zu den Plugins der Website.</translation>
    </message>
    <message>
        <source>Site stylesheet not compiled: %1</source>
        <translation>Stylesheet der Website nicht übersetzt: %1</translation>
    </message>
    <message>
        <source>Site stylesheet not compiled: Jekyll gave no URL for it</source>
        <translation>Stylesheet der Website nicht übersetzt: Jekyll nannte keine URL dafür</translation>
    </message>
    <message>
        <source>Run the Site&apos;s &amp;Plugins in the Preview</source>
        <translation>&amp;Plugins der Website in der Vorschau ausführen</translation>
    </message>
    <message>
        <source>Let the exact preview run the site&apos;s own programs (Jekyll plugins); off, it uses Jekyll&apos;s safe mode</source>
        <translation>Die genaue Vorschau führt die eigenen Programme der Website (Jekyll-Plugins) aus; ausgeschaltet nutzt sie Jekylls abgesicherten Modus</translation>
    </message>
    <message>
        <source>The site %1 comes with programs of its own (Jekyll plugins). Lectern can show your post exactly as the site will, but only by running them, and they run with your rights, like any program you install.

Trust the site only if you know where it comes from. If you choose Safe Mode, the preview runs without them; parts of the page they make may be missing.

Lectern remembers your answer for this site. You can change it at any time in View → Run the Site&apos;s Plugins in the Preview.</source>
        <translation>Die Website %1 bringt eigene Programme mit (Jekyll-Plugins). Lectern kann Ihren Beitrag genau so zeigen wie die Website, aber nur, indem es sie ausführt, und sie laufen mit Ihren Rechten wie jedes Programm, das Sie installieren.

Vertrauen Sie der Website nur, wenn Sie wissen, woher sie stammt. Im abgesicherten Modus läuft die Vorschau ohne sie; Teile der Seite, die sie erzeugen, können dann fehlen.

Lectern merkt sich Ihre Antwort für diese Website. Sie können sie jederzeit unter Ansicht → Plugins der Website in der Vorschau ausführen ändern.</translation>
    </message>
    <message>
        <source>This site has no plugins of its own</source>
        <translation>Diese Website hat keine eigenen Plugins</translation>
    </message>
    <message>
        <source> (the site&apos;s plugins do not run in safe mode: View → Run the Site&apos;s Plugins in the Preview)</source>
        <translation> (im abgesicherten Modus laufen die Plugins der Website nicht: Ansicht → Plugins der Website in der Vorschau ausführen)</translation>
    </message>
    <message>
        <source>Fast preview only</source>
        <translation>Nur schnelle Vorschau</translation>
    </message>
</context>
<context>
    <name>Lectern::ExactRenderer</name>
    <message>
        <source>Exact preview needs Ruby and Jekyll: install them with “sudo apt install jekyll”.</source>
        <translation>Die exakte Vorschau benötigt Ruby und Jekyll: Installieren Sie sie mit „sudo apt install jekyll“.</translation>
    </message>
    <message>
        <source>Exact preview needs Jekyll: install it with “sudo apt install jekyll” (or “gem install jekyll”).</source>
        <translation>Die exakte Vorschau benötigt Jekyll: Installieren Sie es mit „sudo apt install jekyll“ (oder „gem install jekyll“).</translation>
    </message>
    <message>
        <source>The site needs the Ruby gem “%1”: run “bundle install” in %2.</source>
        <translation>Die Website benötigt das Ruby-Gem „%1“: Führen Sie „bundle install“ in %2 aus.</translation>
    </message>
    <message>
        <source>The site needs the Ruby gem “%1”: run “bundle install” in %2, or “gem install %1”.</source>
        <translation>Die Website benötigt das Ruby-Gem „%1“: Führen Sie „bundle install“ in %2 oder „gem install %1“ aus.</translation>
    </message>
    <message>
        <source>the exact renderer was stopped</source>
        <translation>die exakte Darstellung wurde beendet</translation>
    </message>
    <message>
        <source>The exact renderer&apos;s script is missing from this build of Lectern.</source>
        <translation>In diesem Build von Lectern fehlt das Skript der exakten Darstellung.</translation>
    </message>
    <message>
        <source>the exact renderer is not running</source>
        <translation>die exakte Darstellung läuft nicht</translation>
    </message>
    <message>
        <source>The site&apos;s Jekyll could not load the site: %1</source>
        <translation>Das Jekyll der Website konnte die Website nicht laden: %1</translation>
    </message>
    <message>
        <source>the helper crashed%1</source>
        <translation>der Hilfsprozess ist abgestürzt%1</translation>
    </message>
    <message>
        <source>the helper exited with code %1%2</source>
        <translation>der Hilfsprozess wurde mit Code %1 beendet%2</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n s</source>
        <translation>
            <numerusform>keine Antwort innerhalb von %n s</numerusform>
            <numerusform>keine Antwort innerhalb von %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>the site&apos;s Jekyll did not answer: %1</source>
        <translation>das Jekyll der Website hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <source>The exact preview stopped: %1.</source>
        <translation>Die exakte Vorschau wurde beendet: %1.</translation>
    </message>
    <message>
        <source>The site&apos;s Gemfile gems are not installed: run “bundle install” in %1.</source>
        <translation>Die Gems aus dem Gemfile der Website sind nicht installiert: führen Sie „bundle install“ in %1 aus.</translation>
    </message>
    <message>
        <source>The site has a Gemfile: its exact preview needs Bundler (“sudo apt install ruby-bundler”), then “bundle install” in %1.</source>
        <translation>Die Website hat ein Gemfile: ihre genaue Vorschau braucht Bundler („sudo apt install ruby-bundler“), dann „bundle install“ in %1.</translation>
    </message>
    <message>
        <source>“bundle check” gave no answer within %1 s in %2: the fast preview is shown.</source>
        <translation>„bundle check“ hat in %2 nicht binnen %1 s geantwortet: die schnelle Vorschau wird gezeigt.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>Lectern::ExportInputs</name>
    <message>
        <source>no site root (_config.yml) found: links stay relative to the post</source>
        <translation>kein Website-Stammordner (_config.yml) gefunden: Links bleiben relativ zum Beitrag</translation>
    </message>
</context>
<context>
    <name>Lectern::ExportMenu</name>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>Copy as &amp;HTML</source>
        <translation>Als &amp;HTML kopieren</translation>
    </message>
    <message>
        <source>Copy for &amp;E-mail</source>
        <translation>Für &amp;E-Mail kopieren</translation>
    </message>
    <message>
        <source>Save HTML &amp;Snippet…</source>
        <translation>HTML-&amp;Ausschnitt speichern…</translation>
    </message>
    <message>
        <source>Save &amp;Calendar Event…</source>
        <translation>&amp;Kalendereintrag speichern…</translation>
    </message>
    <message>
        <source>%1 (%2:%3:%4: %5)</source>
        <translation>%1 (%2:%3:%4: %5)</translation>
    </message>
    <message>
        <source>Copied as HTML</source>
        <translation>Als HTML kopiert</translation>
    </message>
    <message>
        <source>Copied for e-mail: paste into a message</source>
        <translation>Für E-Mail kopiert: in eine Nachricht einfügen</translation>
    </message>
    <message>
        <source>Not saved: %1: %2</source>
        <translation>Nicht gespeichert: %1: %2</translation>
    </message>
    <message>
        <source>Save HTML Snippet</source>
        <translation>HTML-Ausschnitt speichern</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>No calendar event: %1</source>
        <translation>Kein Kalendereintrag: %1</translation>
    </message>
    <message>
        <source>Save Calendar Event</source>
        <translation>Kalendereintrag speichern</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Kalender (*.ics)</translation>
    </message>
    <message>
        <source>Save into the site?</source>
        <translation>In die Website speichern?</translation>
    </message>
    <message>
        <source>“%1” is inside the Jekyll site %2 (folder %3). Jekyll publishes what is there with the site, and a file in _posts/ or _drafts/ becomes a post.

Save the export there anyway?</source>
        <translation>„%1“ liegt in der Jekyll-Website %2 (Ordner %3). Jekyll veröffentlicht, was dort liegt, mit der Website, und eine Datei in _posts/ oder _drafts/ wird zu einem Beitrag.

Den Export trotzdem dort speichern?</translation>
    </message>
    <message>
        <source>the site&apos;s top folder</source>
        <translation>oberster Ordner der Website</translation>
    </message>
    <message>
        <source>Export not saved</source>
        <translation>Export nicht gespeichert</translation>
    </message>
    <message>
        <source>&amp;Poster (PDF)…</source>
        <translation>&amp;Poster (PDF)…</translation>
    </message>
    <message>
        <source>Sharing &amp;Image…</source>
        <translation>&amp;Bild zum Teilen…</translation>
    </message>
    <message>
        <source>Save E-mail &amp;Draft…</source>
        <translation>E-Mail-Entwu&amp;rf speichern…</translation>
    </message>
    <message>
        <source>Save E-mail Draft with Images &amp;Attached…</source>
        <translation>E-Mail-Entwurf mit angehängten Bil&amp;dern speichern…</translation>
    </message>
    <message>
        <source>Still drawing the previous export</source>
        <translation>Der vorige Export wird noch gezeichnet</translation>
    </message>
    <message>
        <source>Save Sharing Image</source>
        <translation>Bild zum Teilen speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Save Poster</source>
        <translation>Poster speichern</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Sharing image saved: %1</source>
        <translation>Bild zum Teilen gespeichert: %1</translation>
    </message>
    <message>
        <source>Poster saved: %1</source>
        <translation>Poster gespeichert: %1</translation>
    </message>
    <message>
        <source>Drawing the sharing image…</source>
        <translation>Bild zum Teilen wird gezeichnet…</translation>
    </message>
    <message>
        <source>Drawing the poster…</source>
        <translation>Poster wird gezeichnet…</translation>
    </message>
    <message>
        <source>Save E-mail Draft with Images Attached</source>
        <translation>E-Mail-Entwurf mit angehängten Bildern speichern</translation>
    </message>
    <message>
        <source>Save E-mail Draft</source>
        <translation>E-Mail-Entwurf speichern</translation>
    </message>
    <message>
        <source>E-mail message (*.eml)</source>
        <translation>E-Mail-Nachricht (*.eml)</translation>
    </message>
    <message>
        <source>E-mail Draft Saved</source>
        <translation>E-Mail-Entwurf gespeichert</translation>
    </message>
    <message>
        <source>Open “%1” in your mail program to send it?</source>
        <translation>„%1“ in Ihrem E-Mail-Programm öffnen, um die Nachricht zu senden?</translation>
    </message>
    <message>
        <source>No mail program opened %1</source>
        <translation>Kein E-Mail-Programm hat %1 geöffnet</translation>
    </message>
    <message>
        <source>the site&apos;s announce settings could not be read: %1</source>
        <translation>die Ankündigungs-Einstellungen der Website sind nicht lesbar: %1</translation>
    </message>
    <message>
        <source>no url in _config.yml: the event has no link to the post</source>
        <translation>keine url in _config.yml: der Termin verweist nicht auf den Beitrag</translation>
    </message>
</context>
<context>
    <name>Lectern::ExportNoticeBar</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the export notes</source>
        <translation>Export-Hinweise schließen</translation>
    </message>
    <message>
        <source>Check before you share it:</source>
        <translation>Vor dem Weitergeben prüfen:</translation>
    </message>
    <message>
        <source>%1: see the notes above the editor</source>
        <translation>%1: siehe die Hinweise über dem Editor</translation>
    </message>
</context>
<context>
    <name>Lectern::FieldEditor</name>
    <message>
        <source>This value is a %1; the form edits it as YAML.</source>
        <translation>Dieser Wert ist vom Typ %1; das Formular bearbeitet ihn als YAML.</translation>
    </message>
    <message>
        <source>map</source>
        <translation>Zuordnung (Map)</translation>
    </message>
    <message>
        <source>list</source>
        <translation>Liste</translation>
    </message>
</context>
<context>
    <name>Lectern::FindBar</name>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3, Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+F3, Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Next match (F3, Enter)</source>
        <translation>Nächster Treffer (F3, Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>&amp;Alle ersetzen</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Schließen (Escape)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>&amp;Ersetzen…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Nächstes suchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Vorheriges suchen</translation>
    </message>
    <message>
        <source>Error at character %1: %2</source>
        <translation>Fehler bei Zeichen %1: %2</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>%1 of more than %2</source>
        <translation>%1 von mehr als %2</translation>
    </message>
    <message>
        <source>More than %1 matches</source>
        <translation>Mehr als %1 Treffer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Matches: %1</source>
        <translation>Treffer: %1</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <source>Matches replaced: %1</source>
        <translation>Ersetzte Treffer: %1</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <source>Match case (Alt+C)</source>
        <translation>Groß-/Kleinschreibung beachten (Alt+C)</translation>
    </message>
    <message>
        <source>Whole words (Alt+W)</source>
        <translation>Ganze Wörter (Alt+W)</translation>
    </message>
    <message>
        <source>Regular expression (Alt+X)</source>
        <translation>Regulärer Ausdruck (Alt+X)</translation>
    </message>
</context>
<context>
    <name>Lectern::FrontMatter</name>
    <message>
        <source>&quot;%1&quot; is not a YAML boolean, number, date or null</source>
        <translation>&quot;%1&quot; ist kein YAML-Wahrheitswert, keine Zahl, kein Datum und nicht null</translation>
    </message>
</context>
<context>
    <name>Lectern::FrontMatter::Private</name>
    <message>
        <source>invalid YAML: %1</source>
        <translation>ungültiges YAML: %1</translation>
    </message>
    <message>
        <source>front matter must be a list of &quot;key: value&quot; lines</source>
        <translation>die Kopfdaten (Front Matter) müssen aus Zeilen der Form &quot;key: value&quot; bestehen</translation>
    </message>
    <message>
        <source>a tab after &quot;-&quot;: Jekyll cannot read this list item; use spaces</source>
        <translation>ein Tabulator nach &quot;-&quot;: Jekyll kann diesen Listeneintrag nicht lesen; verwenden Sie Leerzeichen</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot; (also on line %2); Jekyll uses this last one</source>
        <translation>doppelter Schlüssel &quot;%1&quot; (auch in Zeile %2); Jekyll verwendet diesen letzten</translation>
    </message>
    <message>
        <source>the front matter cannot be edited field by field; edit it as YAML text</source>
        <translation>die Kopfdaten können nicht Feld für Feld bearbeitet werden; bearbeiten Sie sie als YAML-Text</translation>
    </message>
    <message>
        <source>the value could not be written for &quot;%1&quot;</source>
        <translation>der Wert für &quot;%1&quot; konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>this quoted value is never closed; Jekyll cannot read the front matter</source>
        <translation>dieser Wert in Anführungszeichen wird nie geschlossen; Jekyll kann die Kopfdaten nicht lesen</translation>
    </message>
    <message>
        <source>Jekyll cannot read this line of the front matter</source>
        <translation>Jekyll kann diese Zeile der Kopfdaten nicht lesen</translation>
    </message>
    <message>
        <source>invalid YAML: control character U+%1 (YAML and Jekyll allow none but tab and line ends)</source>
        <translation>ungültiges YAML: Steuerzeichen U+%1 (YAML und Jekyll erlauben nur Tabulator und Zeilenenden)</translation>
    </message>
</context>
<context>
    <name>Lectern::FrontMatterForm</name>
    <message>
        <source>&amp;Add field</source>
        <translation>Feld &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;YAML</source>
        <translation>&amp;YAML</translation>
    </message>
    <message>
        <source>Show the front matter as YAML text</source>
        <translation>Kopfdaten (Front Matter) als YAML-Text anzeigen</translation>
    </message>
    <message>
        <source>The front matter is not valid YAML, so the form cannot show it. Fix it in the YAML view; nothing is lost.</source>
        <translation>Die Kopfdaten (Front Matter) sind kein gültiges YAML, daher kann das Formular sie nicht anzeigen. Korrigieren Sie sie in der YAML-Ansicht; es geht nichts verloren.</translation>
    </message>
    <message>
        <source>Remove %1 from this post</source>
        <translation>%1 aus diesem Beitrag entfernen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears more than once; Jekyll uses the last one (line %2).</source>
        <translation>&quot;%1&quot; kommt mehrfach vor; Jekyll verwendet den letzten Eintrag (Zeile %2).</translation>
    </message>
    <message>
        <source>Inherited from _config.yml defaults: %1. Set a value to write it into this post.</source>
        <translation>Geerbt aus den Standardwerten in _config.yml: %1. Setzen Sie einen Wert, um ihn in diesen Beitrag zu schreiben.</translation>
    </message>
    <message>
        <source>required field &quot;%1&quot; is missing</source>
        <translation>Pflichtfeld &quot;%1&quot; fehlt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date Jekyll can read</source>
        <translation>&quot;%1&quot; ist kein Datum, das Jekyll lesen kann</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Edit YAML</source>
        <translation>YAML bearbeiten</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New field…</source>
        <translation>Neues Feld…</translation>
    </message>
    <message>
        <source>Add Field</source>
        <translation>Feld hinzufügen</translation>
    </message>
    <message>
        <source>Field name:</source>
        <translation>Feldname:</translation>
    </message>
    <message numerus="yes">
        <source>%n more key(s): edit them as YAML</source>
        <translation>
            <numerusform>%n weiterer Schlüssel: als YAML bearbeiten</numerusform>
            <numerusform>%n weitere Schlüssel: als YAML bearbeiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>Feld hinzufügen</translation>
    </message>
    <message>
        <source>Show as YAML</source>
        <translation>Als YAML anzeigen</translation>
    </message>
    <message>
        <source>1 character</source>
        <translation>1 Zeichen</translation>
    </message>
    <message>
        <source>%L1 characters</source>
        <translation>%L1 Zeichen</translation>
    </message>
    <message>
        <source>%1 — the home page shows the first %L2</source>
        <translation>%1 — die Startseite zeigt die ersten %L2</translation>
    </message>
    <message>
        <source>1 word</source>
        <translation>1 Wort</translation>
    </message>
    <message>
        <source>%L1 words</source>
        <translation>%L1 Wörter</translation>
    </message>
    <message>
        <source>The cut comes from %1</source>
        <translation>Die Kürzung ergibt sich aus %1</translation>
    </message>
</context>
<context>
    <name>Lectern::ImageFieldEditor</name>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>%1 is outside the site folder; Jekyll would not publish it.</source>
        <translation>%1 liegt außerhalb des Website-Ordners; Jekyll würde es nicht veröffentlichen.</translation>
    </message>
    <message>
        <source>Could not copy %1 to %2.</source>
        <translation>%1 konnte nicht nach %2 kopiert werden.</translation>
    </message>
    <message>
        <source>Choose Image</source>
        <translation>Bild auswählen</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.gif *.webp *.svg);;All files (*)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.gif *.webp *.svg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Copy image into the site?</source>
        <translation>Bild in die Website kopieren?</translation>
    </message>
    <message>
        <source>%1 is outside the site, so the published post could not show it.

Copy it into %2?</source>
        <translation>%1 liegt außerhalb der Website, daher könnte der veröffentlichte Beitrag es nicht anzeigen.

In %2 kopieren?</translation>
    </message>
    <message>
        <source>Image not used</source>
        <translation>Bild nicht verwendet</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Choose an image for %1</source>
        <translation>Bild für %1 auswählen</translation>
    </message>
</context>
<context>
    <name>Lectern::ImageImport</name>
    <message>
        <source>The image folder &quot;%1&quot; is outside the site folder %2: nothing was written. Set images: folder: in .lectern.yml to a folder inside the site.</source>
        <translation>Der Bildordner &quot;%1&quot; liegt außerhalb des Website-Ordners %2: Es wurde nichts geschrieben. Setzen Sie images: folder: in .lectern.yml auf einen Ordner innerhalb der Website.</translation>
    </message>
    <message>
        <source>The clipboard&apos;s image could not be read: nothing was written.</source>
        <translation>Das Bild in der Zwischenablage konnte nicht gelesen werden: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The clipboard&apos;s image could not be encoded as PNG: nothing was written.</source>
        <translation>Das Bild in der Zwischenablage konnte nicht als PNG kodiert werden: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Cannot read the image %1: %2</source>
        <translation>Das Bild %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1 as %2: nothing was written.</source>
        <translation>%1 kann nicht als %2 geschrieben werden: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Cannot create the image folder %1: nothing was written.</source>
        <translation>Der Bildordner %1 kann nicht angelegt werden: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Cannot write the image %1: %2. Nothing was written.</source>
        <translation>Das Bild %1 kann nicht geschrieben werden: %2. Es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>Lectern::Lexer</name>
    <message>
        <source>&apos;{{&apos; is never closed with &apos;}}&apos;</source>
        <translation>&apos;{{&apos; wird nie mit &apos;}}&apos; geschlossen</translation>
    </message>
    <message>
        <source>&apos;{%&apos; is never closed with &apos;%}&apos;</source>
        <translation>&apos;{%&apos; wird nie mit &apos;%}&apos; geschlossen</translation>
    </message>
    <message>
        <source>&apos;{% %1 %}&apos; is never closed with &apos;{% %2 %}&apos;</source>
        <translation>&apos;{% %1 %}&apos; wird nie mit &apos;{% %2 %}&apos; geschlossen</translation>
    </message>
</context>
<context>
    <name>Lectern::LinkDialog</name>
    <message>
        <source>Insert Link</source>
        <translation>Link einfügen</translation>
    </message>
    <message>
        <source>Link target</source>
        <translation>Linkziel</translation>
    </message>
    <message>
        <source>A post&apos;s title or file name, or a URL</source>
        <translation>Titel oder Dateiname eines Beitrags oder eine URL</translation>
    </message>
    <message>
        <source>Link text</source>
        <translation>Linktext</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>Links to: %1</source>
        <translation>Verweist auf: %1</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;Link…</translation>
    </message>
</context>
<context>
    <name>Lectern::LiquidRenderer</name>
    <message>
        <source>Liquid tag not rendered in the preview</source>
        <translation>Liquid-Tag in der Vorschau nicht dargestellt</translation>
    </message>
    <message>
        <source>&apos;assign&apos; needs &apos;name = value&apos;</source>
        <translation>&apos;assign&apos; braucht &apos;name = value&apos;</translation>
    </message>
    <message>
        <source>{% link %}: no file &apos;%1&apos; in the site</source>
        <translation>{% link %}: keine Datei &apos;%1&apos; in der Website</translation>
    </message>
    <message>
        <source>{% post_url %}: no post named &apos;%1&apos; in _posts</source>
        <translation>{% post_url %}: kein Beitrag namens &apos;%1&apos; in _posts</translation>
    </message>
    <message>
        <source>&apos;for&apos; needs &apos;item in collection&apos;</source>
        <translation>&apos;for&apos; braucht &apos;item in collection&apos;</translation>
    </message>
    <message>
        <source>{% include %}: &apos;%1&apos; includes itself too deeply</source>
        <translation>{% include %}: &apos;%1&apos; bindet sich selbst zu tief ein</translation>
    </message>
    <message>
        <source>Liquid filter &apos;%1&apos; is not supported in the preview; value shown unfiltered</source>
        <translation>Liquid-Filter &apos;%1&apos; wird in der Vorschau nicht unterstützt; Wert ungefiltert angezeigt</translation>
    </message>
    <message>
        <source>{% for %}: the loop&apos;s output is too large for the preview and was cut here</source>
        <translation>{% for %}: die Ausgabe der Schleife ist für die Vorschau zu groß und wurde hier abgeschnitten</translation>
    </message>
    <message>
        <source>{% %1 %}: no file &apos;%2&apos; in the site</source>
        <translation>{% %1 %}: keine Datei „%2“ in der Website</translation>
    </message>
</context>
<context>
    <name>Lectern::ListFieldEditor</name>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Remove the selected entry</source>
        <translation>Ausgewählten Eintrag entfernen</translation>
    </message>
    <message>
        <source>Add… (Enter)</source>
        <translation>Hinzufügen… (Eingabetaste)</translation>
    </message>
    <message>
        <source>Site default: %1 — type to add</source>
        <translation>Website-Standard: %1 — tippen zum Hinzufügen</translation>
    </message>
    <message>
        <source>Move the selected entry of %1 up</source>
        <translation>Ausgewählten Eintrag von %1 nach oben verschieben</translation>
    </message>
    <message>
        <source>Move the selected entry of %1 down</source>
        <translation>Ausgewählten Eintrag von %1 nach unten verschieben</translation>
    </message>
    <message>
        <source>Remove the selected entry of %1</source>
        <translation>Ausgewählten Eintrag von %1 entfernen</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Zu %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>Lectern::LongLineBar</name>
    <message>
        <source>Edit Anyway</source>
        <translation>Trotzdem bearbeiten</translation>
    </message>
    <message>
        <source>Shows the exact text, editable. Each key typed in the long line may take a second.</source>
        <translation>Zeigt den genauen Text zum Bearbeiten. Jede Taste in der langen Zeile kann eine Sekunde dauern.</translation>
    </message>
    <message>
        <source>Line %1 of the text is %2 characters long (an embedded image or minified code?). To stay responsive, the editor shows the text read-only, with long lines broken into rows; the file keeps them whole. The form, preview, export and Save work as usual.</source>
        <translation>Zeile %1 des Textes ist %2 Zeichen lang (ein eingebettetes Bild oder minifizierter Code?). Damit er flüssig bleibt, zeigt der Editor den Text schreibgeschützt und bricht lange Zeilen in Abschnitte um; die Datei behält sie am Stück. Formular, Vorschau, Export und Speichern funktionieren wie gewohnt.</translation>
    </message>
</context>
<context>
    <name>Lectern::Main</name>
    <message>
        <source>Lectern cannot run as root: the preview&apos;s browser engine refuses to start its sandbox for the root user.

Run Lectern as your own user, or, if you must run it as root, start it with QTWEBENGINE_DISABLE_SANDBOX=1 (the preview then runs without that sandbox).</source>
        <translation>Lectern kann nicht als root laufen: Die Browser-Engine der Vorschau startet ihre Sandbox nicht für den Benutzer root.

Starten Sie Lectern als Ihr eigener Benutzer oder, falls es als root sein muss, mit QTWEBENGINE_DISABLE_SANDBOX=1 (die Vorschau läuft dann ohne diese Sandbox).</translation>
    </message>
    <message>
        <source>Lectern</source>
        <translation>Lectern</translation>
    </message>
</context>
<context>
    <name>Lectern::MainWindow</name>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>Beitra&amp;g</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Öffnen nicht möglich</translation>
    </message>
    <message>
        <source>Open Post</source>
        <translation>Beitrag öffnen</translation>
    </message>
    <message>
        <source>Posts (*.md *.markdown *.html);;All files (*)</source>
        <translation>Beiträge (*.md *.markdown *.html);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Save Post As</source>
        <translation>Beitrag speichern unter</translation>
    </message>
    <message>
        <source>%1

Your edits are still here.</source>
        <translation>%1

Ihre Änderungen sind noch vorhanden.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them first?</source>
        <translation>„%1“ hat ungespeicherte Änderungen. Zuerst speichern?</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>%1[*] — Lectern</source>
        <translation>%1[*] — Lectern</translation>
    </message>
    <message>
        <source>Changes on disk vs yours</source>
        <translation>Änderungen: Festplatte gegenüber Ihrer Fassung</translation>
    </message>
    <message>
        <source>on disk</source>
        <translation>auf der Festplatte</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>Ihre Fassung</translation>
    </message>
    <message>
        <source>Restored unsaved edits of %1</source>
        <translation>Ungespeicherte Änderungen an %1 wiederhergestellt</translation>
    </message>
    <message>
        <source>Not saved: a post is still opening</source>
        <translation>Nicht gespeichert: ein Beitrag wird noch geöffnet</translation>
    </message>
    <message>
        <source>Saved %1, but Jekyll will refuse its front matter: %2</source>
        <translation>%1 gespeichert, aber Jekyll wird die Kopfdaten (Front Matter) ablehnen: %2</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <source>Insert Image</source>
        <translation>Bild einfügen</translation>
    </message>
    <message>
        <source>Post list</source>
        <translation>Beitragsliste</translation>
    </message>
    <message>
        <source>O&amp;utline</source>
        <translation>Gl&amp;iederung</translation>
    </message>
    <message>
        <source>Front matter error</source>
        <translation>Fehler in den Kopfdaten</translation>
    </message>
    <message>
        <source>Jekyll cannot read the front matter of “%1” as it is now. Saved like this, the site shows the post without anything its front matter sets: title, categories, image and the rest.</source>
        <translation>Jekyll kann die Kopfdaten (Front Matter) von „%1“ in dieser Form nicht lesen. So gespeichert, zeigt die Website den Beitrag ohne alles, was seine Kopfdaten festlegen: Titel, Kategorien, Bild und den Rest.</translation>
    </message>
    <message>
        <source>Save Anyway</source>
        <translation>Trotzdem speichern</translation>
    </message>
    <message>
        <source>Not saved: fix the front matter, or save anyway</source>
        <translation>Nicht gespeichert: Kopfdaten korrigieren oder trotzdem speichern</translation>
    </message>
    <message>
        <source>Publishing needs a post saved in the site&apos;s git repository</source>
        <translation>Veröffentlichen braucht einen Beitrag, der im git-Repository der Website gespeichert ist</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
</context>
<context>
    <name>Lectern::MarkdownEditor</name>
    <message>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Heading %1</source>
        <translation>Überschrift %1</translation>
    </message>
    <message>
        <source>Continue List</source>
        <translation>Liste fortsetzen</translation>
    </message>
    <message>
        <source>End List</source>
        <translation>Liste beenden</translation>
    </message>
    <message>
        <source>Outdent List Item</source>
        <translation>Listeneintrag ausrücken</translation>
    </message>
    <message>
        <source>Indent List Item</source>
        <translation>Listeneintrag einrücken</translation>
    </message>
    <message>
        <source>Save the post first: a pasted image goes into its site&apos;s image folder.</source>
        <translation>Speichern Sie zuerst den Beitrag: Ein eingefügtes Bild kommt in den Bildordner seiner Website.</translation>
    </message>
    <message>
        <source>Insert Image</source>
        <translation>Bild einfügen</translation>
    </message>
    <message>
        <source>Describe the image for readers who cannot see it (alt text):</source>
        <translation>Beschreiben Sie das Bild für Menschen, die es nicht sehen können (Alternativtext):</translation>
    </message>
</context>
<context>
    <name>Lectern::NewPost</name>
    <message>
        <source>The title “%1” has no letters or digits to name the file after.</source>
        <translation>Der Titel „%1“ enthält keine Buchstaben oder Ziffern, aus denen sich ein Dateiname bilden ließe.</translation>
    </message>
    <message>
        <source>No template “%1”.</source>
        <translation>Keine Vorlage „%1“.</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: Schreiben nicht möglich: %2</translation>
    </message>
    <message>
        <source>%1 already exists; nothing was moved.</source>
        <translation>%1 ist bereits vorhanden; es wurde nichts verschoben.</translation>
    </message>
    <message>
        <source>Saved as %1, but could not remove the old file %2.</source>
        <translation>Als %1 gespeichert, aber die alte Datei %2 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>The title “%1” gives an empty file name in this slug mode.</source>
        <translation>Der Titel „%1“ ergibt in diesem Slug-Modus einen leeren Dateinamen.</translation>
    </message>
</context>
<context>
    <name>Lectern::NewPostDialog</name>
    <message>
        <source>Start as a draft (in _drafts/, not on the site)</source>
        <translation>Als Entwurf beginnen (in _drafts/, nicht auf der Website)</translation>
    </message>
    <message>
        <source>New Post</source>
        <translation>Neuer Beitrag</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>T&amp;emplate:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>(type a title)</source>
        <translation>(Titel eingeben)</translation>
    </message>
</context>
<context>
    <name>Lectern::NumberFieldEditor</name>
    <message>
        <source> (site default)</source>
        <translation> (Website-Standard)</translation>
    </message>
</context>
<context>
    <name>Lectern::OutlinePane</name>
    <message>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <source>Outline: the post&apos;s headings</source>
        <translation>Gliederung: die Überschriften des Beitrags</translation>
    </message>
    <message>
        <source>O&amp;utline</source>
        <translation>Gl&amp;iederung</translation>
    </message>
    <message>
        <source>(empty heading)</source>
        <translation>(leere Überschrift)</translation>
    </message>
    <message>
        <source>%1, heading level %2</source>
        <translation>%1, Überschrift der Ebene %2</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
</context>
<context>
    <name>Lectern::Parser</name>
    <message>
        <source>&apos;{% %1 %}&apos; is never closed with &apos;{% %2 %}&apos;</source>
        <translation>&apos;{% %1 %}&apos; wird nie mit &apos;{% %2 %}&apos; geschlossen</translation>
    </message>
    <message>
        <source>&apos;{% %1 %}&apos; without a matching opening tag</source>
        <translation>&apos;{% %1 %}&apos; ohne passendes öffnendes Tag</translation>
    </message>
    <message>
        <source>Liquid tag &apos;%1&apos; is not supported in the preview; shown as a placeholder</source>
        <translation>Liquid-Tag &apos;%1&apos; wird in der Vorschau nicht unterstützt; als Platzhalter angezeigt</translation>
    </message>
</context>
<context>
    <name>Lectern::PostChecks</name>
    <message>
        <source>template text still to fill in: %1</source>
        <translation>Vorlagentext noch auszufüllen: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is still the template&apos;s &quot;to fill&quot;</source>
        <translation>&quot;%1&quot; ist noch das &quot;to fill&quot; der Vorlage</translation>
    </message>
    <message>
        <source>&quot;%1&quot; leaves out the site&apos;s baseurl &quot;%2&quot;: on the published site it is a 404 (the preview shows it broken too); write {{ site.baseurl }}%1 or {{ &apos;%1&apos; | relative_url }}</source>
        <translation>&quot;%1&quot; lässt die baseurl &quot;%2&quot; der Website aus: auf der veröffentlichten Website ist das ein 404 (die Vorschau zeigt es ebenso defekt); schreiben Sie {{ site.baseurl }}%1 oder {{ &apos;%1&apos; | relative_url }}</translation>
    </message>
    <message>
        <source>the title is still empty, as the template left it</source>
        <translation>der Titel ist noch leer, wie ihn die Vorlage gelassen hat</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty text: Liquid counts &quot;&quot; as set, so a layout&apos;s {% if page.%1 %} shows a broken image; choose an image or remove the line</source>
        <translation>&quot;%1&quot; ist leerer Text: Liquid zählt &quot;&quot; als gesetzt, also zeigt {% if page.%1 %} in einem Layout ein defektes Bild; wählen Sie ein Bild oder entfernen Sie die Zeile</translation>
    </message>
    <message>
        <source>image &quot;%1&quot; is %2, over 1 MB: it slows the page down; scale it down (pasted images are scaled to the site&apos;s max_width)</source>
        <translation>Bild &quot;%1&quot; ist %2 groß, über 1 MB: Es verlangsamt die Seite; verkleinern Sie es (eingefügte Bilder werden auf die max_width der Website verkleinert)</translation>
    </message>
    <message>
        <source>&lt;img src=&quot;%1&quot;&gt; has no alt attribute: say what the image shows (alt=&quot;&quot; for a decorative one)</source>
        <translation>&lt;img src=&quot;%1&quot;&gt; hat kein alt-Attribut: Geben Sie an, was das Bild zeigt (alt=&quot;&quot; für ein rein dekoratives Bild)</translation>
    </message>
    <message>
        <source>image &quot;%1&quot; has no alt text: write what it shows between the brackets, ![…](…)</source>
        <translation>Bild &quot;%1&quot; hat keinen Alternativtext: Schreiben Sie zwischen die eckigen Klammern, was es zeigt, ![…](…)</translation>
    </message>
    <message>
        <source>conflict marker line: both versions are still in the post (lines %1 to %2); keep what should stay and delete the marker lines</source>
        <translation>Konfliktmarkierung: beide Fassungen stehen noch im Beitrag (Zeilen %1 bis %2); behalten Sie, was bleiben soll, und löschen Sie die Markierungszeilen</translation>
    </message>
</context>
<context>
    <name>Lectern::PostDocument</name>
    <message>
        <source>%1 was changed or removed by another program since it was opened. Reload it, or choose to keep your version.</source>
        <translation>%1 wurde seit dem Öffnen von einem anderen Programm geändert oder entfernt. Laden Sie die Datei neu oder behalten Sie Ihre Fassung.</translation>
    </message>
</context>
<context>
    <name>Lectern::PostFile</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>%1: is a folder, not a post</source>
        <translation>%1: ist ein Ordner, kein Beitrag</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: Lesen nicht möglich: %2</translation>
    </message>
    <message>
        <source>%1:%2: binary file (NUL byte), not a text post</source>
        <translation>%1:%2: Binärdatei (NUL-Byte), kein Textbeitrag</translation>
    </message>
    <message>
        <source>%1:%2:%3: not valid UTF-8 text</source>
        <translation>%1:%2:%3: kein gültiger UTF-8-Text</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>Lectern::PostList</name>
    <message>
        <source>Search titles, file names, categories</source>
        <translation>Titel, Dateinamen, Kategorien durchsuchen</translation>
    </message>
    <message>
        <source>All categories and tags</source>
        <translation>Alle Kategorien und Schlagwörter</translation>
    </message>
    <message>
        <source>All posts</source>
        <translation>Alle Beiträge</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Kategorie: %1</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>Schlagwort: %1</translation>
    </message>
    <message>
        <source>%1 of %2 posts</source>
        <translation>%1 von %2 Beiträgen</translation>
    </message>
    <message>
        <source> — reading…</source>
        <translation> — wird gelesen…</translation>
    </message>
    <message>
        <source>Search posts</source>
        <translation>Beiträge durchsuchen</translation>
    </message>
    <message>
        <source>Category or tag</source>
        <translation>Kategorie oder Schlagwort</translation>
    </message>
    <message>
        <source>Which posts</source>
        <translation>Welche Beiträge</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
</context>
<context>
    <name>Lectern::PostListActions</name>
    <message>
        <source>&amp;New Post…</source>
        <translation>&amp;Neuer Beitrag…</translation>
    </message>
    <message>
        <source>Undo &amp;Rename</source>
        <translation>&amp;Umbenennen rückgängig machen</translation>
    </message>
    <message>
        <source>Open a post of a Jekyll site first: new posts go into its _posts/ folder.</source>
        <translation>Öffnen Sie zuerst einen Beitrag einer Jekyll-Website: Neue Beiträge kommen in deren Ordner _posts/.</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>Neuer Beitrag</translation>
    </message>
    <message>
        <source>Cannot move the post</source>
        <translation>Der Beitrag kann nicht verschoben werden</translation>
    </message>
    <message>
        <source>Rename the file?</source>
        <translation>Datei umbenennen?</translation>
    </message>
    <message>
        <source>The title or date changed. Rename “%1” to “%2” to match?

The post&apos;s web address changes with its file name. Post → Undo Rename moves it back.</source>
        <translation>Titel oder Datum wurden geändert. „%1“ passend in „%2“ umbenennen?

Die Webadresse des Beitrags ändert sich mit seinem Dateinamen. Beitrag → Umbenennen rückgängig machen verschiebt ihn zurück.</translation>
    </message>
    <message>
        <source>Renamed %1 to %2 (Post → Undo Rename moves it back)</source>
        <translation>%1 in %2 umbenannt (Beitrag → Umbenennen rückgängig machen verschiebt ihn zurück)</translation>
    </message>
    <message>
        <source>Published %1 as %2</source>
        <translation>%1 als %2 veröffentlicht</translation>
    </message>
    <message>
        <source>Unpublished %1: now %2</source>
        <translation>Veröffentlichung von %1 zurückgenommen: jetzt %2</translation>
    </message>
    <message>
        <source>Moved %1 back to %2</source>
        <translation>%1 zurück nach %2 verschoben</translation>
    </message>
    <message>
        <source>&amp;Move Draft to Posts (Dated Today)</source>
        <translation>Entwurf zu den Beiträgen &amp;verschieben (mit heutigem Datum)</translation>
    </message>
    <message>
        <source>Move Back to &amp;Drafts</source>
        <translation>Zurück zu den &amp;Entwürfen</translation>
    </message>
</context>
<context>
    <name>Lectern::PostListModel</name>
    <message>
        <source>%1 (draft)</source>
        <translation>%1 (Entwurf)</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Git</source>
        <translation>Git</translation>
    </message>
</context>
<context>
    <name>Lectern::PostLoader</name>
    <message>
        <source>%1 has unsaved edits; not reloaded</source>
        <translation>%1 hat ungespeicherte Änderungen; nicht neu geladen</translation>
    </message>
</context>
<context>
    <name>Lectern::PostOpening</name>
    <message>
        <source>Reloading %1…</source>
        <translation>%1 wird neu geladen…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Reloaded %1: it changed on disk</source>
        <translation>%1 neu geladen: die Datei wurde auf der Festplatte geändert</translation>
    </message>
    <message>
        <source>Reloaded %1</source>
        <translation>%1 neu geladen</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Cannot reload</source>
        <translation>Neuladen nicht möglich</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Öffnen nicht möglich</translation>
    </message>
</context>
<context>
    <name>Lectern::PostSpelling</name>
    <message>
        <source>unknown word &quot;%1&quot;</source>
        <translation>unbekanntes Wort &quot;%1&quot;</translation>
    </message>
    <message>
        <source> (did you mean: %1)</source>
        <translation> (meinten Sie: %1)</translation>
    </message>
</context>
<context>
    <name>Lectern::Poster</name>
    <message>
        <source>MORE INFORMATION</source>
        <translation>WEITERE INFORMATIONEN</translation>
    </message>
    <message>
        <source>the URL is too long for a QR code</source>
        <translation>die URL ist für einen QR-Code zu lang</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>WANN</translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation>WO</translation>
    </message>
    <message>
        <source>the title was shortened to fit</source>
        <translation>der Titel wurde gekürzt, damit er passt</translation>
    </message>
    <message>
        <source>the featured image %1 could not be read: %2</source>
        <translation>das Beitragsbild %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>no room for the featured image</source>
        <translation>kein Platz für das Beitragsbild</translation>
    </message>
    <message>
        <source>no room for the abstract</source>
        <translation>kein Platz für die Zusammenfassung</translation>
    </message>
    <message>
        <source>the abstract was shortened to fit</source>
        <translation>die Zusammenfassung wurde gekürzt, damit sie passt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the PDF could not be started</source>
        <translation>%1: das PDF konnte nicht begonnen werden</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>the speaker&apos;s name was shortened to fit</source>
        <translation>der Name des Vortragenden wurde gekürzt</translation>
    </message>
    <message>
        <source>the affiliation was shortened to fit</source>
        <translation>die Einrichtung wurde gekürzt</translation>
    </message>
    <message>
        <source>the kind of event was shortened to fit</source>
        <translation>die Art der Veranstaltung wurde gekürzt</translation>
    </message>
    <message>
        <source>the day was shortened to fit</source>
        <translation>der Tag wurde gekürzt</translation>
    </message>
    <message>
        <source>the time was shortened to fit</source>
        <translation>die Uhrzeit wurde gekürzt</translation>
    </message>
    <message>
        <source>the place was shortened to fit</source>
        <translation>der Ort wurde gekürzt</translation>
    </message>
</context>
<context>
    <name>Lectern::PosterContent</name>
    <message>
        <source>no speaker (a &quot;Speaker:&quot; line in the body or `speaker` in the front matter)</source>
        <translation>keine vortragende Person (eine Zeile &quot;Speaker:&quot; im Text oder `speaker` in den Kopfdaten)</translation>
    </message>
    <message>
        <source>no time of day on the When: line</source>
        <translation>keine Uhrzeit in der When:-Zeile</translation>
    </message>
    <message>
        <source>no place (a &quot;Where:&quot; line in the body or `location` in the front matter)</source>
        <translation>kein Ort (eine Zeile &quot;Where:&quot; im Text oder `location` in den Kopfdaten)</translation>
    </message>
    <message>
        <source>no featured image (`image` in the front matter)</source>
        <translation>kein Beitragsbild (`image` in den Kopfdaten)</translation>
    </message>
    <message>
        <source>the featured image %1 is not a file inside the site</source>
        <translation>das Beitragsbild %1 ist keine Datei innerhalb der Website</translation>
    </message>
    <message>
        <source>no public URL (`url` in _config.yml), so no QR code</source>
        <translation>keine öffentliche URL (`url` in _config.yml), daher kein QR-Code</translation>
    </message>
    <message>
        <source>no abstract (`description` in the front matter)</source>
        <translation>keine Zusammenfassung (`description` in den Kopfdaten)</translation>
    </message>
</context>
<context>
    <name>Lectern::PreviewPane</name>
    <message>
        <source>Remote content blocked — this post shows images from other websites.</source>
        <translation>Externe Inhalte blockiert — dieser Beitrag zeigt Bilder von anderen Websites.</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Laden</translation>
    </message>
    <message>
        <source>Show remote images for every post of this site (remembered).</source>
        <translation>Externe Bilder für alle Beiträge dieser Website anzeigen (wird gespeichert).</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>Home card</source>
        <translation>Startseiten-Karte</translation>
    </message>
</context>
<context>
    <name>Lectern::PreviewView</name>
    <message>
        <source>Open link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <source>Open this link in your web browser?

%1</source>
        <translation>Diesen Link in Ihrem Webbrowser öffnen?

%1</translation>
    </message>
</context>
<context>
    <name>Lectern::PreviewWiring</name>
    <message>
        <source>neutral stylesheet (the layout links none)</source>
        <translation>neutrales Stylesheet (das Layout bindet keines ein)</translation>
    </message>
    <message>
        <source>neutral stylesheet (no site CSS found: Sass is not compiled, and no built _site)</source>
        <translation>neutrales Stylesheet (kein CSS der Website gefunden: Sass wird nicht übersetzt, und es gibt kein gebautes _site)</translation>
    </message>
    <message>
        <source>stylesheet %1%2</source>
        <translation>Stylesheet %1%2</translation>
    </message>
    <message>
        <source> (last site build)</source>
        <translation> (letzter Build der Website)</translation>
    </message>
    <message>
        <source>no site layout for this post</source>
        <translation>kein Website-Layout für diesen Beitrag</translation>
    </message>
    <message>
        <source>Preview: built-in layout (site layout failed: %1)</source>
        <translation>Vorschau: eingebautes Layout (Website-Layout fehlgeschlagen: %1)</translation>
    </message>
    <message>
        <source>Preview: site layout &apos;%1&apos;, %2</source>
        <translation>Vorschau: Website-Layout „%1“, %2</translation>
    </message>
    <message>
        <source>%1 (Sass compiled by the site&apos;s Jekyll)</source>
        <translation>%1 (Sass vom Jekyll der Website übersetzt)</translation>
    </message>
</context>
<context>
    <name>Lectern::PublishAction</name>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Online veröffentlichen…</translation>
    </message>
    <message>
        <source>Commit this post and the images it needs, and push them to the site&apos;s repository</source>
        <translation>Diesen Beitrag und die benötigten Bilder committen und in das Repository der Website übertragen</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Save the post in the site&apos;s folder first.</source>
        <translation>Speichern Sie den Beitrag zuerst im Ordner der Website.</translation>
    </message>
    <message>
        <source>Fix these errors before publishing:
%1</source>
        <translation>Beheben Sie vor dem Veröffentlichen diese Fehler:
%1</translation>
    </message>
    <message>
        <source>Online once the site is rebuilt: %1</source>
        <translation>Online, sobald die Website neu gebaut ist: %1</translation>
    </message>
    <message>
        <source>Changed on both sides: %1</source>
        <translation>Auf beiden Seiten geändert: %1</translation>
    </message>
    <message>
        <source>Uncommitted changes in the way: %1</source>
        <translation>Nicht committete Änderungen stehen im Weg: %1</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Publish &amp;Selected…</source>
        <translation>&amp;Auswahl veröffentlichen…</translation>
    </message>
    <message>
        <source>Publish the posts selected in the post list together, in one commit</source>
        <translation>Die in der Beitragsliste ausgewählten Beiträge gemeinsam in einem Commit veröffentlichen</translation>
    </message>
    <message>
        <source>Publish Selected</source>
        <translation>Auswahl veröffentlichen</translation>
    </message>
    <message>
        <source>Select the posts to publish in the post list (Ctrl+click or Shift+click for several).</source>
        <translation>Wählen Sie die zu veröffentlichenden Beiträge in der Beitragsliste aus (Strg+Klick oder Umschalt+Klick für mehrere).</translation>
    </message>
    <message>
        <source>Your version is kept in: %1</source>
        <translation>Ihre Fassung wird aufbewahrt in: %1</translation>
    </message>
    <message>
        <source>Edit the Post</source>
        <translation>Beitrag bearbeiten</translation>
    </message>
    <message>
        <source>Already Published</source>
        <translation>Schon veröffentlicht</translation>
    </message>
    <message>
        <source>Their Version Kept</source>
        <translation>Deren Fassung übernommen</translation>
    </message>
    <message>
        <source>Not Published</source>
        <translation>Nicht veröffentlicht</translation>
    </message>
</context>
<context>
    <name>Lectern::PublishDialog</name>
    <message>
        <source>The check found these warnings; publish anyway?</source>
        <translation>Die Prüfung hat diese Warnungen gefunden; trotzdem veröffentlichen?</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Commit message</source>
        <translation>Commit-Nachricht</translation>
    </message>
    <message>
        <source>Describe the change (commit message):</source>
        <translation>Beschreiben Sie die Änderung (Commit-Nachricht):</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>%1 posts, in one commit: they reach the site together, or none does.</source>
        <translation>%1 Beiträge in einem Commit: Sie erreichen die Website gemeinsam oder gar nicht.</translation>
    </message>
</context>
<context>
    <name>Lectern::Publisher</name>
    <message>
        <source>%1 is not in a git repository: publishing needs the site&apos;s repository</source>
        <translation>%1 liegt nicht in einem git-Repository: Zum Veröffentlichen wird das Repository der Website benötigt</translation>
    </message>
    <message>
        <source>git could not be run: %1</source>
        <translation>git konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>no post to publish</source>
        <translation>kein Beitrag zum Veröffentlichen</translation>
    </message>
    <message>
        <source>Reading the repository…</source>
        <translation>Repository wird gelesen…</translation>
    </message>
    <message>
        <source>the repository is on a detached HEAD (no branch): switch to the branch the site builds from</source>
        <translation>das Repository steht auf einem losgelösten HEAD (kein Branch): Wechseln Sie zu dem Branch, aus dem die Website gebaut wird</translation>
    </message>
    <message>
        <source>a rebase is in progress in %1: finish or abort it first</source>
        <translation>in %1 läuft gerade ein Rebase: Schließen Sie ihn zuerst ab oder brechen Sie ihn ab</translation>
    </message>
    <message>
        <source>%1 is not in the repository %2</source>
        <translation>%1 liegt nicht im Repository %2</translation>
    </message>
    <message numerus="yes">
        <source>Committing %n file(s)…</source>
        <translation>
            <numerusform>%n Datei wird committet…</numerusform>
            <numerusform>%n Dateien werden committet…</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled: nothing was committed</source>
        <translation>abgebrochen: Es wurde nichts committet</translation>
    </message>
    <message>
        <source>git commit refused (a hook or signing): nothing was committed</source>
        <translation>git commit abgelehnt (durch einen Hook oder die Signierung): Es wurde nichts committet</translation>
    </message>
    <message>
        <source>nothing to commit</source>
        <translation>nichts zu committen</translation>
    </message>
    <message>
        <source>committed; not pushed (--no-push)</source>
        <translation>committet; nicht übertragen (--no-push)</translation>
    </message>
    <message>
        <source>branch %1 has no upstream (no remote branch to publish to): set one with `git push -u REMOTE %1`; the commit is kept</source>
        <translation>Branch %1 hat keinen Upstream (keinen entfernten Branch, auf dem veröffentlicht werden kann): Legen Sie einen mit `git push -u REMOTE %1` fest; der Commit bleibt erhalten</translation>
    </message>
    <message>
        <source>cancelled; the commit is kept and the repository is as before</source>
        <translation>abgebrochen; der Commit bleibt erhalten und das Repository ist wie zuvor</translation>
    </message>
    <message>
        <source>Fetching from %1…</source>
        <translation>Abrufen von %1…</translation>
    </message>
    <message>
        <source>nothing to publish: the post is already on %1</source>
        <translation>nichts zu veröffentlichen: Der Beitrag ist bereits auf %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 also changed %n file(s) you changed: stopped before integrating; your commit and files are as they were and nothing was pushed</source>
        <translation>
            <numerusform>%1 hat auch %n Datei geändert, die Sie geändert haben: vor dem Zusammenführen angehalten; Ihr Commit und Ihre Dateien sind unverändert, und es wurde nichts übertragen</numerusform>
            <numerusform>%1 hat auch %n Dateien geändert, die Sie geändert haben: vor dem Zusammenführen angehalten; Ihr Commit und Ihre Dateien sind unverändert, und es wurde nichts übertragen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 changed files you have uncommitted changes in (%2): publish or discard them first, then publish again; the commit is kept</source>
        <translation>%1 hat Dateien geändert, in denen Sie nicht committete Änderungen haben (%2): Veröffentlichen oder verwerfen Sie diese zuerst und veröffentlichen Sie dann erneut; der Commit bleibt erhalten</translation>
    </message>
    <message>
        <source>Integrating the changes on %1…</source>
        <translation>Änderungen von %1 werden zusammengeführt…</translation>
    </message>
    <message>
        <source>Pushing to %1…</source>
        <translation>Übertragen nach %1…</translation>
    </message>
    <message>
        <source>published to %1</source>
        <translation>auf %1 veröffentlicht</translation>
    </message>
    <message>
        <source>the repository is on a detached HEAD (no branch)</source>
        <translation>das Repository steht auf einem losgelösten HEAD (kein Branch)</translation>
    </message>
    <message>
        <source>branch %1 has no upstream to update from</source>
        <translation>Branch %1 hat keinen Upstream, von dem aktualisiert werden kann</translation>
    </message>
    <message>
        <source>already up to date with %1</source>
        <translation>bereits auf dem Stand von %1</translation>
    </message>
    <message numerus="yes">
        <source>you have %n commit(s) not published yet: publish them first (it integrates %1&apos;s changes)</source>
        <translation>
            <numerusform>Sie haben %n noch nicht veröffentlichten Commit: Veröffentlichen Sie ihn zuerst (dabei werden die Änderungen von %1 übernommen)</numerusform>
            <numerusform>Sie haben %n noch nicht veröffentlichte Commits: Veröffentlichen Sie sie zuerst (dabei werden die Änderungen von %1 übernommen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Updating from %1…</source>
        <translation>Aktualisieren von %1…</translation>
    </message>
    <message numerus="yes">
        <source>updated from %1: %n file(s) changed</source>
        <translation>
            <numerusform>von %1 aktualisiert: %n Datei geändert</numerusform>
            <numerusform>von %1 aktualisiert: %n Dateien geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 still holds both versions between marker lines (&lt;&lt;&lt;&lt;&lt;&lt;&lt; … &gt;&gt;&gt;&gt;&gt;&gt;&gt;): keep what should stay, delete the marker lines, then publish again</source>
        <translation>%1 enthält noch beide Fassungen zwischen Markierungszeilen (&lt;&lt;&lt;&lt;&lt;&lt;&lt; … &gt;&gt;&gt;&gt;&gt;&gt;&gt;): Behalten Sie, was bleiben soll, löschen Sie die Markierungszeilen und veröffentlichen Sie dann erneut</translation>
    </message>
    <message>
        <source>the branch checked out is “%1” (it publishes to %2), but the site is built from “%3”: publishing here would not reach the site. Switch to %3 first (git switch %3), or, when the site really builds from %1, say so in .lectern.yml (publish: branch: %1)</source>
        <translation>ausgecheckt ist der Branch „%1“ (er veröffentlicht nach %2), die Website wird aber aus „%3“ gebaut: Von hier aus würde die Veröffentlichung die Website nicht erreichen. Wechseln Sie zuerst zu %3 (git switch %3) oder, falls die Website wirklich aus %1 gebaut wird, geben Sie das in .lectern.yml an (publish: branch: %1)</translation>
    </message>
    <message>
        <source>branch %1 has no upstream</source>
        <translation>Branch %1 hat keinen Upstream</translation>
    </message>
    <message>
        <source>cancelled: nothing was changed</source>
        <translation>abgebrochen: Es wurde nichts geändert</translation>
    </message>
    <message>
        <source>%1 changed again since you looked: look at the versions again. Nothing was changed</source>
        <translation>%1 hat sich seit Ihrem letzten Blick erneut geändert: Sehen Sie sich die Fassungen noch einmal an. Es wurde nichts geändert</translation>
    </message>
    <message>
        <source>you have changes not yet committed in %1: publish them first (they become part of your version), then choose again. Nothing was changed</source>
        <translation>Sie haben in %1 noch nicht committete Änderungen: Veröffentlichen Sie diese zuerst (sie werden Teil Ihrer Fassung) und wählen Sie dann erneut. Es wurde nichts geändert</translation>
    </message>
    <message>
        <source>git could not combine the two versions: %1. Nothing was changed</source>
        <translation>git konnte die beiden Fassungen nicht zusammenführen: %1. Es wurde nichts geändert</translation>
    </message>
    <message>
        <source>git could not combine %1 either: combine them in a terminal (git rebase @{u}). Nothing was changed</source>
        <translation>git konnte auch %1 nicht zusammenführen: Führen Sie die Fassungen in einem Terminal zusammen (git rebase @{u}). Es wurde nichts geändert</translation>
    </message>
    <message>
        <source>could not keep a copy of your version in %1: %2. Nothing was changed</source>
        <translation>in %1 konnte keine Kopie Ihrer Fassung aufbewahrt werden: %2. Es wurde nichts geändert</translation>
    </message>
    <message>
        <source>Putting your changes on top of %1…</source>
        <translation>Ihre Änderungen werden auf %1 aufgesetzt…</translation>
    </message>
    <message>
        <source>git commit refused (a hook or signing): your commit is as it was and nothing was pushed</source>
        <translation>git commit abgelehnt (durch einen Hook oder die Signierung): Ihr Commit ist unverändert und es wurde nichts übertragen</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Ihre Fassung</translation>
    </message>
    <message>
        <source>Before both changes</source>
        <translation>Vor beiden Änderungen</translation>
    </message>
    <message>
        <source>your version and your colleague&apos;s are both in the post now, between marker lines: keep what should stay, delete the marker lines, then publish again. Nothing was pushed</source>
        <translation>Ihre Fassung und die aus Ihrem Team stehen jetzt beide zwischen Markierungszeilen im Beitrag: Behalten Sie, was bleiben soll, löschen Sie die Markierungszeilen und veröffentlichen Sie dann erneut. Es wurde nichts übertragen</translation>
    </message>
    <message>
        <source>your version is the same as on %1: nothing to publish</source>
        <translation>Ihre Fassung ist dieselbe wie auf %1: nichts zu veröffentlichen</translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation>%1: Ordner existiert nicht</translation>
    </message>
    <message>
        <source>the repository is on a detached HEAD (no branch): switch to the branch the site builds from (git switch %1)</source>
        <translation>das Repository hat einen losgelösten HEAD (kein Branch): wechseln Sie zu dem Branch, aus dem die Website gebaut wird (git switch %1)</translation>
    </message>
    <message>
        <source>%1 is not a post (posts live in _posts/ or _drafts/)</source>
        <translation>%1 ist kein Beitrag (Beiträge liegen in _posts/ oder _drafts/)</translation>
    </message>
    <message>
        <source>Not published: git add failed (git&apos;s reason is below). Nothing was committed.</source>
        <translation>Nicht veröffentlicht: git add ist fehlgeschlagen (der Grund von git steht unten). Nichts wurde committet.</translation>
    </message>
    <message>
        <source>Not pushed: %1. Your commit is kept; Publish again to retry.</source>
        <translation>Nicht hochgeladen: %1. Ihr Commit bleibt erhalten; veröffentlichen Sie erneut, um es noch einmal zu versuchen.</translation>
    </message>
    <message>
        <source>could not fetch from %1</source>
        <translation>Abruf von %1 nicht möglich</translation>
    </message>
    <message>
        <source>Not pushed: could not put your commit on top of %1 (git&apos;s reason is below). Your commit is kept as it was; Publish again to retry.</source>
        <translation>Nicht hochgeladen: Ihr Commit konnte nicht auf %1 gesetzt werden (der Grund von git steht unten). Ihr Commit bleibt, wie er war; veröffentlichen Sie erneut, um es noch einmal zu versuchen.</translation>
    </message>
    <message>
        <source>the push to %1 failed</source>
        <translation>das Hochladen nach %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not updated: %1.</source>
        <translation>Nicht aktualisiert: %1.</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>eine Kollegin oder ein Kollege</translation>
    </message>
    <message>
        <source>Not updated: %1 was also changed by %2. Publish your version and Lectern will show both side by side; nothing was changed.</source>
        <translation>Nicht aktualisiert: %1 wurde auch von %2 geändert. Veröffentlichen Sie Ihre Fassung, dann zeigt Lectern beide nebeneinander; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Not updated: %1 were also changed by %2. Publish your versions and Lectern will show both side by side; nothing was changed.</source>
        <translation>Nicht aktualisiert: %1 wurden auch von %2 geändert. Veröffentlichen Sie Ihre Fassungen, dann zeigt Lectern beide nebeneinander; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Not updated: could not fast-forward (git&apos;s reason is below).</source>
        <translation>Nicht aktualisiert: Vorspulen nicht möglich (der Grund von git steht unten).</translation>
    </message>
    <message>
        <source>git could not sign in to %1 (your SSH key or saved password is missing or was refused; check that “git push” works in a terminal, docs/publishing.md)</source>
        <translation>git konnte sich nicht bei %1 anmelden (Ihr SSH-Schlüssel oder gespeichertes Passwort fehlt oder wurde abgelehnt; prüfen Sie, ob „git push“ im Terminal funktioniert, docs/publishing.md)</translation>
    </message>
    <message>
        <source>%1 refused the push (git&apos;s reason is below)</source>
        <translation>%1 hat das Hochladen abgelehnt (der Grund von git steht unten)</translation>
    </message>
    <message>
        <source>Nothing was changed: %1. Choose again when it can be reached.</source>
        <translation>Nichts wurde geändert: %1. Wählen Sie erneut, wenn es erreichbar ist.</translation>
    </message>
    <message>
        <source>Nothing was changed: could not update your files (git&apos;s reason is below).</source>
        <translation>Nichts wurde geändert: Ihre Dateien konnten nicht aktualisiert werden (der Grund von git steht unten).</translation>
    </message>
    <message>
        <source>the post is now your colleague&apos;s version, as on %1; nothing of yours was published, and your version is kept in a copy</source>
        <translation>der Beitrag ist jetzt die Fassung Ihrer Kollegin/Ihres Kollegen, wie auf %1; nichts von Ihnen wurde veröffentlicht, und Ihre Fassung bleibt als Kopie erhalten</translation>
    </message>
    <message>
        <source>your other changes are published on top of your colleague&apos;s version; your version of the post is kept in a copy</source>
        <translation>Ihre anderen Änderungen sind auf der Fassung Ihrer Kollegin/Ihres Kollegen veröffentlicht; Ihre Fassung des Beitrags bleibt als Kopie erhalten</translation>
    </message>
    <message>
        <source>your version is published on top of your colleague&apos;s: where you both changed the same lines yours is kept, every other change of theirs stays in the post</source>
        <translation>Ihre Fassung ist auf der Ihrer Kollegin/Ihres Kollegen veröffentlicht: wo Sie beide dieselben Zeilen geändert haben, bleibt Ihre, jede andere Änderung der anderen bleibt im Beitrag</translation>
    </message>
    <message>
        <source>%1 cannot be reached (offline, its server does not answer, or its address is wrong)</source>
        <translation>%1 ist nicht erreichbar (offline, der Server antwortet nicht, oder die Adresse ist falsch)</translation>
    </message>
</context>
<context>
    <name>Lectern::RawYamlView</name>
    <message>
        <source>Front matter as &amp;YAML:</source>
        <translation>Kopfdaten als &amp;YAML:</translation>
    </message>
    <message>
        <source>Warning: %1 appears more than once; Jekyll uses the last one.</source>
        <translation>Warnung: %1 kommt mehrfach vor; Jekyll verwendet den letzten Eintrag.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3 — the form is paused until this is fixed; your text is kept.</source>
        <translation>Zeile %1, Spalte %2: %3 — das Formular ist angehalten, bis dies behoben ist; Ihr Text bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>Lectern::RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Posts</source>
        <translation>Ungespeicherte Beiträge wiederherstellen</translation>
    </message>
    <message>
        <source>Lectern did not close properly last time. These posts had unsaved edits:</source>
        <translation>Lectern wurde beim letzten Mal nicht ordnungsgemäß beendet. Diese Beiträge hatten ungespeicherte Änderungen:</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>Später entscheiden</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Untitled post</source>
        <translation>Unbenannter Beitrag</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;autosaved %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;automatisch gespeichert am %3</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Vergleichen…</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>will be restored</source>
        <translation>wird wiederhergestellt</translation>
    </message>
    <message>
        <source>discarded</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>Recovered vs on disk: %1</source>
        <translation>Wiederhergestellte Fassung gegenüber Festplatte: %1</translation>
    </message>
    <message>
        <source>on disk</source>
        <translation>auf der Festplatte</translation>
    </message>
    <message>
        <source>recovered</source>
        <translation>wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>Lectern::RepoStateView</name>
    <message>
        <source>Repository status</source>
        <translation>Repository-Status</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Not yet pushed</source>
        <translation>Noch nicht übertragen</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Not in the repository yet: Publish adds it</source>
        <translation>Noch nicht im Repository: Veröffentlichen fügt ihn hinzu</translation>
    </message>
    <message>
        <source>Changed since the last commit: Publish commits and pushes it</source>
        <translation>Seit dem letzten Commit geändert: Veröffentlichen committet und überträgt ihn</translation>
    </message>
    <message>
        <source>Committed but not pushed: Publish pushes it</source>
        <translation>Committet, aber nicht übertragen: Veröffentlichen überträgt ihn</translation>
    </message>
    <message>
        <source>Pushed: online once the site is rebuilt</source>
        <translation>Übertragen: online, sobald die Website neu erstellt ist</translation>
    </message>
    <message>
        <source>all posts published</source>
        <translation>alle Beiträge veröffentlicht</translation>
    </message>
    <message>
        <source>1 post waiting to be published</source>
        <translation>1 Beitrag wartet auf Veröffentlichung</translation>
    </message>
    <message numerus="yes">
        <source>%n posts waiting to be published</source>
        <translation>
            <numerusform>%n Beitrag wartet auf Veröffentlichung</numerusform>
            <numerusform>%n Beiträge warten auf Veröffentlichung</numerusform>
        </translation>
    </message>
    <message>
        <source>remote has new changes</source>
        <translation>auf dem Server gibt es neue Änderungen</translation>
    </message>
    <message>
        <source>No upstream branch: Publish cannot push yet</source>
        <translation>Kein Upstream-Branch: Veröffentlichen kann noch nicht übertragen</translation>
    </message>
    <message>
        <source>Upstream %1: %2 ahead, %3 behind as of the last fetch</source>
        <translation>Upstream %1: %2 voraus, %3 zurück (Stand des letzten Abrufs)</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Committet</translation>
    </message>
    <message>
        <source>Committed; the repository is on no branch (detached HEAD), so whether it is pushed cannot be told</source>
        <translation>Committet; das Repository ist auf keinem Branch (losgelöster HEAD), daher lässt sich nicht sagen, ob es hochgeladen ist</translation>
    </message>
    <message>
        <source>detached HEAD: switch to the branch the site builds from</source>
        <translation>losgelöster HEAD: wechseln Sie zu dem Branch, aus dem die Website gebaut wird</translation>
    </message>
    <message>
        <source>detached HEAD: switch to the branch the site builds from (%1)</source>
        <translation>losgelöster HEAD: wechseln Sie zu dem Branch, aus dem die Website gebaut wird (%1)</translation>
    </message>
    <message>
        <source>No branch is checked out (a detached HEAD, as after checking out a commit): Publish needs the branch the site builds from</source>
        <translation>Kein Branch ist ausgecheckt (ein losgelöster HEAD, wie nach dem Auschecken eines Commits): Veröffentlichen braucht den Branch, aus dem die Website gebaut wird</translation>
    </message>
</context>
<context>
    <name>Lectern::SafeLoad</name>
    <message>
        <source>the tag %1 asks for a Ruby %2, which Jekyll&apos;s YAML loader refuses: the post loses its whole front matter; remove the tag</source>
        <translation>das Tag %1 verlangt ein Ruby-%2, das Jekylls YAML-Leser ablehnt: der Beitrag verliert seine ganzen Kopfdaten (Front Matter); entfernen Sie das Tag</translation>
    </message>
    <message>
        <source>%1 is a Ruby symbol to Jekyll&apos;s YAML loader, which refuses it: the post loses its whole front matter; quote it: %2</source>
        <translation>%1 ist für Jekylls YAML-Leser ein Ruby-Symbol, das er ablehnt: der Beitrag verliert seine ganzen Kopfdaten (Front Matter); setzen Sie es in Anführungszeichen: %2</translation>
    </message>
    <message>
        <source>the tag !!float needs a number: &quot;%1&quot; makes Jekyll&apos;s YAML loader fail, and the post loses its whole front matter; remove the tag or write a number</source>
        <translation>das Tag !!float verlangt eine Zahl: &quot;%1&quot; lässt Jekylls YAML-Leser scheitern, und der Beitrag verliert seine ganzen Kopfdaten (Front Matter); entfernen Sie das Tag oder schreiben Sie eine Zahl</translation>
    </message>
</context>
<context>
    <name>Lectern::SaveSink</name>
    <message>
        <source>The disk is full.</source>
        <translation>Die Festplatte ist voll.</translation>
    </message>
    <message>
        <source>You have no permission to write %1 or its folder.</source>
        <translation>Sie haben keine Berechtigung, %1 oder den zugehörigen Ordner zu schreiben.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The file on disk was not changed and your edits are still open: use Save As to keep them elsewhere.</source>
        <translation>Die Datei auf der Festplatte wurde nicht verändert und Ihre Änderungen sind weiterhin geöffnet: Verwenden Sie „Speichern unter“, um sie an anderer Stelle zu sichern.</translation>
    </message>
</context>
<context>
    <name>Lectern::Schema</name>
    <message>
        <source>required field &quot;%1&quot; is missing</source>
        <translation>Pflichtfeld &quot;%1&quot; fehlt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a %2 where the site uses %3; the form shows it as YAML</source>
        <translation>&quot;%1&quot; ist vom Typ %2, die Website verwendet hier %3; das Formular zeigt den Wert als YAML</translation>
    </message>
    <message>
        <source>map</source>
        <translation>Zuordnung (Map)</translation>
    </message>
    <message>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>single value</source>
        <translation>Einzelwert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date Jekyll can read (write it like %2)</source>
        <translation>&quot;%1&quot; ist kein Datum, das Jekyll lesen kann (schreiben Sie es z. B. als %2)</translation>
    </message>
    <message>
        <source>image &quot;%1&quot; is not in the site folder</source>
        <translation>Bild &quot;%1&quot; liegt nicht im Website-Ordner</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; ist nicht zulässig; erlaubt sind %2</translation>
    </message>
    <message>
        <source>&quot;fields&quot; must be a list of fields, each starting with &quot;- key:&quot;</source>
        <translation>&quot;fields&quot; muss eine Liste von Feldern sein, die jeweils mit &quot;- key:&quot; beginnen</translation>
    </message>
    <message>
        <source>a field without &quot;key&quot; is ignored</source>
        <translation>ein Feld ohne &quot;key&quot; wird ignoriert</translation>
    </message>
    <message>
        <source>field &quot;%1&quot;: unknown type &quot;%2&quot;</source>
        <translation>Feld &quot;%1&quot;: unbekannter Typ &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Auszug</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Permalink</source>
        <translation>Permalink</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Last modified at</source>
        <translation>Zuletzt geändert am</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Vortragende(r)</translation>
    </message>
</context>
<context>
    <name>Lectern::SharingCard</name>
    <message>
        <source>the featured image %1 could not be read: %2</source>
        <translation>das Beitragsbild %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the title was shortened to fit</source>
        <translation>der Titel wurde gekürzt, damit er passt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the place was shortened to fit</source>
        <translation>der Ort wurde gekürzt</translation>
    </message>
    <message>
        <source>the date and time were shortened to fit</source>
        <translation>Datum und Uhrzeit wurden gekürzt</translation>
    </message>
    <message>
        <source>the speaker&apos;s name was shortened to fit</source>
        <translation>der Name des Vortragenden wurde gekürzt</translation>
    </message>
    <message>
        <source>the affiliation was shortened to fit</source>
        <translation>die Einrichtung wurde gekürzt</translation>
    </message>
</context>
<context>
    <name>Lectern::SiteAnnounce</name>
    <message>
        <source>%1:%2:%3: %4</source>
        <translation>%1:%2:%3: %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not a YAML map</source>
        <translation>keine YAML-Zuordnung</translation>
    </message>
</context>
<context>
    <name>Lectern::SiteCalendar</name>
    <message>
        <source>%1: no Jekyll site here (no _config.yml)</source>
        <translation>%1: hier ist keine Jekyll-Website (kein _config.yml)</translation>
    </message>
    <message>
        <source>dated after today, and _config.yml has no “future: true”: Jekyll does not publish it yet</source>
        <translation>nach dem heutigen Tag datiert, und _config.yml enthält kein „future: true“: Jekyll veröffentlicht ihn noch nicht</translation>
    </message>
    <message>
        <source>its front matter cannot be read</source>
        <translation>seine Kopfdaten lassen sich nicht lesen</translation>
    </message>
    <message>
        <source>same URL (and so the same calendar UID %1) as %2</source>
        <translation>gleiche URL (und damit gleiche Kalender-UID %1) wie %2</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: der Ordner kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>Lectern::SiteCalendarExport</name>
    <message>
        <source>Export Site &amp;Calendar…</source>
        <translation>&amp;Website-Kalender exportieren…</translation>
    </message>
    <message>
        <source>Save one calendar with the events of the site&apos;s posts, for the site to publish</source>
        <translation>Einen Kalender mit den Terminen aus den Beiträgen der Website speichern, den die Website veröffentlichen kann</translation>
    </message>
    <message>
        <source>No site calendar: open a post of a Jekyll site first</source>
        <translation>Kein Website-Kalender: Öffnen Sie zuerst einen Beitrag einer Jekyll-Website</translation>
    </message>
    <message>
        <source>The site calendar is still being written</source>
        <translation>Der Website-Kalender wird noch geschrieben</translation>
    </message>
    <message>
        <source>Export Site Calendar</source>
        <translation>Website-Kalender exportieren</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>&amp;Upcoming events only</source>
        <translation>Nur k&amp;ommende Termine</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>Datei auswählen…</translation>
    </message>
    <message>
        <source>Save Site Calendar</source>
        <translation>Website-Kalender speichern</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Kalender (*.ics)</translation>
    </message>
    <message>
        <source>Writing the site calendar…</source>
        <translation>Website-Kalender wird geschrieben…</translation>
    </message>
    <message>
        <source>Site calendar not saved: %1</source>
        <translation>Website-Kalender nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved %1: %2 event(s)</source>
        <translation>%1 gespeichert: %2 Termin(e)</translation>
    </message>
    <message>
        <source>, %1 past left out</source>
        <translation>, %1 vergangene weggelassen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>; skipped: %1</source>
        <translation>; übersprungen: %1</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes: the calendar is made from the saved posts. Save first to include them.</source>
        <translation>„%1“ hat ungespeicherte Änderungen: der Kalender entsteht aus den gespeicherten Beiträgen. Speichern Sie zuerst, damit sie enthalten sind.</translation>
    </message>
    <message>
        <source>%1 is not in the calendar: %2</source>
        <translation>%1 ist nicht im Kalender: %2</translation>
    </message>
    <message>
        <source>the calendar holds no event; subscribed calendars will show none</source>
        <translation>der Kalender enthält keinen Termin; abonnierte Kalender zeigen keinen</translation>
    </message>
</context>
<context>
    <name>Lectern::SiteConfig</name>
    <message>
        <source>_config.yml must be a list of &quot;key: value&quot; lines</source>
        <translation>_config.yml muss aus Zeilen &quot;Schlüssel: Wert&quot; bestehen</translation>
    </message>
    <message>
        <source>invalid YAML: %1</source>
        <translation>ungültiges YAML: %1</translation>
    </message>
</context>
<context>
    <name>Lectern::SitePaths</name>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: Datei oder Ordner nicht gefunden</translation>
    </message>
    <message>
        <source>%1: no posts in _posts/</source>
        <translation>%1: keine Beiträge in _posts/</translation>
    </message>
</context>
<context>
    <name>Lectern::SiteScan</name>
    <message>
        <source>%1: Jekyll skips this post: its name must start with a date, YYYY-MM-DD-</source>
        <translation>%1: Jekyll überspringt diesen Beitrag: sein Name muss mit einem Datum beginnen, YYYY-MM-DD-</translation>
    </message>
    <message>
        <source>%1: the front matter does not parse</source>
        <translation>%1: die Kopfdaten (Front Matter) lassen sich nicht einlesen</translation>
    </message>
</context>
<context>
    <name>Lectern::SpellChecker</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: Ordner kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>Lectern::SpellingService</name>
    <message>
        <source>No spelling dictionary for &quot;%1&quot;: spelling is not checked (installed: %2)</source>
        <translation>Kein Rechtschreibwörterbuch für &quot;%1&quot;: Die Rechtschreibung wird nicht geprüft (installiert: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>Cannot add &quot;%1&quot; to the site&apos;s dictionary: %2</source>
        <translation>&quot;%1&quot; kann nicht zum Wörterbuch der Website hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; added to %2</source>
        <translation>&quot;%1&quot; zu %2 hinzugefügt</translation>
    </message>
</context>
<context>
    <name>Lectern::SpellingWiring</name>
    <message>
        <source>&amp;Spelling</source>
        <translation>&amp;Rechtschreibung</translation>
    </message>
    <message>
        <source>&amp;Check Spelling</source>
        <translation>Rechtschreibung &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Automatic (Post, Site or System Language)</source>
        <translation>&amp;Automatisch (Sprache des Beitrags, der Website oder des Systems)</translation>
    </message>
    <message>
        <source>No Dictionaries Installed</source>
        <translation>Keine Wörterbücher installiert</translation>
    </message>
    <message>
        <source>No dictionary for &quot;%1&quot;</source>
        <translation>Kein Wörterbuch für &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Spelling is not checked: no dictionary is installed for &quot;%1&quot;</source>
        <translation>Die Rechtschreibung wird nicht geprüft: Für &quot;%1&quot; ist kein Wörterbuch installiert</translation>
    </message>
    <message>
        <source>Looking for Dictionaries…</source>
        <translation>Wörterbücher werden gesucht…</translation>
    </message>
</context>
<context>
    <name>Lectern::UpdateAction</name>
    <message>
        <source>&amp;Update from Remote</source>
        <translation>Vom Server &amp;aktualisieren</translation>
    </message>
    <message>
        <source>Fetch the site&apos;s repository and bring in your colleagues&apos; published changes</source>
        <translation>Das Repository der Website abrufen und die veröffentlichten Änderungen Ihrer Kollegen übernehmen</translation>
    </message>
    <message>
        <source>Open a post of the site first.</source>
        <translation>Öffnen Sie zuerst einen Beitrag der Website.</translation>
    </message>
    <message>
        <source>Updating from the remote…</source>
        <translation>Aktualisierung vom Server…</translation>
    </message>
    <message>
        <source>Not updated</source>
        <translation>Nicht aktualisiert</translation>
    </message>
    <message>
        <source>Update from Remote</source>
        <translation>Vom Server aktualisieren</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them before updating? If a colleague changed the same post, Publish will show both versions side by side.</source>
        <translation>„%1“ hat ungespeicherte Änderungen. Vor dem Aktualisieren speichern? Hat eine Kollegin oder ein Kollege denselben Beitrag geändert, zeigt Veröffentlichen beide Fassungen nebeneinander.</translation>
    </message>
    <message>
        <source>&amp;Save and Update</source>
        <translation>&amp;Speichern und aktualisieren</translation>
    </message>
    <message>
        <source>Not updated: nothing was saved or changed.</source>
        <translation>Nicht aktualisiert: nichts wurde gespeichert oder geändert.</translation>
    </message>
</context>
<context>
    <name>Lectern::ViewMenus</name>
    <message>
        <source>Post list</source>
        <translation>Beitragsliste</translation>
    </message>
    <message>
        <source>Front matter form</source>
        <translation>Front-Matter-Formular</translation>
    </message>
    <message>
        <source>Markdown editor</source>
        <translation>Markdown-Editor</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Post List</source>
        <translation>&amp;Beitragsliste</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Formular</translation>
    </message>
    <message>
        <source>&amp;Editor</source>
        <translation>&amp;Editor</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Next Pane</source>
        <translation>Nächster Bereich</translation>
    </message>
    <message>
        <source>Previous Pane</source>
        <translation>Vorheriger Bereich</translation>
    </message>
    <message>
        <source>&amp;Go to Pane</source>
        <translation>&amp;Zu Bereich wechseln</translation>
    </message>
    <message>
        <source>Post List</source>
        <translation>Beitragsliste</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Lectern</source>
        <translation>Ü&amp;ber Lectern</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>The form or the editor stays shown: show the other first</source>
        <translation>Formular oder Editor bleibt sichtbar: zeigen Sie zuerst den anderen Bereich an</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>About Lectern</source>
        <translation>Über Lectern</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Lectern %1&lt;/h3&gt;&lt;p&gt;An editor for Jekyll posts: the front matter in a form, the Markdown body beside it and a live preview in the site&apos;s own look.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lectern %1&lt;/h3&gt;&lt;p&gt;Ein Editor für Jekyll-Beiträge: die Front Matter in einem Formular, der Markdown-Text daneben und eine Live-Vorschau im Aussehen der Website.&lt;/p&gt;&lt;p&gt;Lizenz: GNU General Public License, Version 3 oder neuer (GPL-3.0-or-later).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Markdown &amp;Highlighting</source>
        <translation>Markdown-&amp;Hervorhebung</translation>
    </message>
</context>
<context>
    <name>Lectern::WhenLineBar</name>
    <message>
        <source>Update When: Line</source>
        <translation>„When:“-Zeile anpassen</translation>
    </message>
    <message>
        <source>Keep As Is</source>
        <translation>So lassen</translation>
    </message>
    <message>
        <source>The date is now %1, but the When: line still says “%2”. Change it to “%3”?</source>
        <translation>Das Datum ist jetzt %1, aber die „When:“-Zeile nennt noch „%2“. In „%3“ ändern?</translation>
    </message>
    <message>
        <source>Update When: line</source>
        <translation>„When:“-Zeile anpassen</translation>
    </message>
</context>
<context>
    <name>Lectern::WindowState</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>The post last open, %1, is gone; choose one from the list.</source>
        <translation>Der zuletzt geöffnete Beitrag, %1, ist nicht mehr da; wählen Sie einen aus der Liste.</translation>
    </message>
    <message>
        <source>The post last open, %1, is gone; nothing opened.</source>
        <translation>Der zuletzt geöffnete Beitrag, %1, ist nicht mehr da; nichts geöffnet.</translation>
    </message>
    <message>
        <source>The site last open, %1, is gone; nothing opened.</source>
        <translation>Die zuletzt geöffnete Website, %1, ist nicht mehr da; nichts geöffnet.</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
    <message>
        <source>%1 does not exist any more.</source>
        <translation>%1 gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Site “%1” — its newest post</source>
        <translation>Website „%1“ — ihr neuester Beitrag</translation>
    </message>
    <message>
        <source>No recent posts or sites</source>
        <translation>Keine zuletzt geöffneten Beiträge oder Websites</translation>
    </message>
    <message>
        <source>&amp;Clear Recent</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>lectern-cli</name>
    <message numerus="yes">
        <source>%n post(s) waiting to be published</source>
        <translation>
            <numerusform>%n Beitrag wartet auf Veröffentlichung</numerusform>
            <numerusform>%n Beiträge warten auf Veröffentlichung</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Editor for Jekyll seminar and news posts</source>
        <translation>Editor für Jekyll-Beiträge zu Seminaren und Neuigkeiten</translation>
    </message>
    <message>
        <source>Write a PNG of the window and exit.</source>
        <translation>Ein PNG des Fensters schreiben und beenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>A post or a site folder.</source>
        <translation>Ein Beitrag oder ein Website-Ordner.</translation>
    </message>
    <message>
        <source>self-test: could not open %1</source>
        <translation>Selbsttest: %1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Preview tab to show: post or card.</source>
        <translation>Anzuzeigender Vorschau-Reiter: post oder card.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Reiter</translation>
    </message>
    <message>
        <source>Check the installation, open the post, check the three panes, exit 0 or 1.</source>
        <translation>Installation prüfen, Beitrag öffnen, die drei Bereiche prüfen, mit 0 oder 1 beenden.</translation>
    </message>
</context>
</TS>
