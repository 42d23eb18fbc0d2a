<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Lectern</name>
    <message>
        <source>%1 is a folder now, not a file.</source>
        <translation>%1 est maintenant un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>The name “%1…” is too long (%2 bytes; the limit is %3).</source>
        <translation>Le nom «&#xa0;%1…&#xa0;» est trop long (%2 octets&#x202f;; la limite est de %3).</translation>
    </message>
    <message>
        <source>The path is too long (%1 bytes; the limit is %2).</source>
        <translation>Le chemin est trop long (%1 octets&#x202f;; la limite est de %2).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist any more (moved, deleted or unmounted?).</source>
        <translation>Le dossier %1 n’existe plus (déplacé, supprimé ou démonté&#x202f;?).</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder, so it cannot hold %2.</source>
        <translation>%1 est un fichier, pas un dossier&#xa0;: il ne peut pas contenir %2.</translation>
    </message>
    <message>
        <source>%1 is read-only.</source>
        <translation>%1 est en lecture seule.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only.</source>
        <translation>Le dossier %1 est en lecture seule.</translation>
    </message>
    <message>
        <source>image “%1” is not in the site (%2)</source>
        <translation>l’image «&#xa0;%1&#xa0;» n’est pas dans le site (%2)</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: écriture impossible&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Lectern::BodyCommand</name>
    <message>
        <source>Typing</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <source>the text to replace is not in the body</source>
        <translation>le texte à remplacer n’est pas dans le corps</translation>
    </message>
</context>
<context>
    <name>Lectern::BodyCounts</name>
    <message>
        <source>Selected words: %L1 · characters: %L2 · %L3 min read</source>
        <translation>Mots sélectionnés&#xa0;: %L1 · caractères&#xa0;: %L2 · %L3 min de lecture</translation>
    </message>
    <message>
        <source>Words: %L1 · Characters: %L2 · %L3 min read</source>
        <translation>Mots&#xa0;: %L1 · caractères&#xa0;: %L2 · %L3 min de lecture</translation>
    </message>
    <message>
        <source>Body counts</source>
        <translation>Statistiques du corps</translation>
    </message>
</context>
<context>
    <name>Lectern::BoolFieldEditor</name>
    <message>
        <source>(site default)</source>
        <translation>(valeur par défaut du site)</translation>
    </message>
</context>
<context>
    <name>Lectern::ChoiceFieldEditor</name>
    <message>
        <source>%1 (site default)</source>
        <translation>%1 (valeur par défaut du site)</translation>
    </message>
</context>
<context>
    <name>Lectern::Cli</name>
    <message>
        <source>lectern-cli: unknown command &quot;%1&quot;</source>
        <translation>lectern-cli: commande inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>usage: lectern-cli COMMAND ARGS...</source>
        <translation>utilisation&#xa0;: lectern-cli COMMAND ARGS...</translation>
    </message>
    <message>
        <source>%1 needs a file name</source>
        <translation>%1 attend un nom de fichier</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>option inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1: the front matter is not valid YAML; nothing written</source>
        <translation>%1: l’en-tête n’est pas du YAML valide&#x202f;; rien n’a été écrit</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 attend une valeur</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>no post given</source>
        <translation>aucun article indiqué</translation>
    </message>
    <message>
        <source>PDF needs an output file: -o FILE.pdf</source>
        <translation>Le PDF doit être écrit dans un fichier&#xa0;: -o FICHIER.pdf</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: écriture impossible&#xa0;: %2</translation>
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
        <translation>%1: le dossier %2 n’existe pas</translation>
    </message>
    <message>
        <source>%1: cannot make a calendar event: %2</source>
        <translation>%1: impossible de créer un événement d’agenda&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: avertissement&#xa0;: %2</translation>
    </message>
    <message>
        <source>usage: lectern-cli get FILE [KEY] [--body]</source>
        <translation>utilisation&#xa0;: lectern-cli get FILE [KEY] [--body]</translation>
    </message>
    <message>
        <source>%1: no key &quot;%2&quot; in the front matter</source>
        <translation>%1: pas de clé «&#xa0;%2&#xa0;» dans l’en-tête</translation>
    </message>
    <message>
        <source>usage: lectern-cli list SITE_DIR [--json]</source>
        <translation>utilisation&#xa0;: lectern-cli list SITE_DIR [--json]</translation>
    </message>
    <message>
        <source>%1: no Jekyll site here (no _config.yml in this folder or above)</source>
        <translation>%1: pas de site Jekyll ici (aucun _config.yml dans ce dossier ni au-dessus)</translation>
    </message>
    <message>
        <source>usage: lectern-cli new SITE_DIR --title T --date YYYY-MM-DD [--template seminar|news|PATH] [--draft]
                         [--slug-mode default|pretty|ascii|latin|raw]
  --slug-mode  how the title becomes the file name, as Jekyll&apos;s slugify modes: default keeps
               letters and digits of any script (&quot;GPU 研讨会&quot; → gpu-研讨会); latin transliterates
               accents (&quot;Zoë&quot; → zoe) and drops other scripts; ascii keeps only A-Z a-z 0-9</source>
        <translation>utilisation&#xa0;: lectern-cli new SITE_DIR --title T --date YYYY-MM-DD [--template seminar|news|PATH] [--draft]
                         [--slug-mode default|pretty|ascii|latin|raw]
  --slug-mode  comment le titre devient le nom du fichier, selon les modes de slugify de Jekyll&#xa0;: default garde
               les lettres et chiffres de toute écriture («&#xa0;GPU 研讨会&#xa0;» → gpu-研讨会)&#x202f;; latin translittère
               les accents («&#xa0;Zoë&#xa0;» → zoe) et retire les autres écritures&#x202f;; ascii ne garde que A-Z a-z 0-9</translation>
    </message>
    <message>
        <source>--date %1: not a date; use YYYY-MM-DD</source>
        <translation>--date %1&#xa0;: ce n’est pas une date&#x202f;; écrivez AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>usage: lectern-cli save FILE -o OUT</source>
        <translation>utilisation&#xa0;: lectern-cli save FILE -o OUT</translation>
    </message>
    <message>
        <source>usage: lectern-cli schema SITE_DIR|FILE</source>
        <translation>utilisation&#xa0;: lectern-cli schema SITE_DIR|FILE</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>%1: not inside a Jekyll site (no _config.yml found above it)</source>
        <translation>%1: n’est pas dans un site Jekyll (aucun _config.yml au-dessus)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a yes/no field: give true or false (--string writes it as text)</source>
        <translation>«&#xa0;%1&#xa0;» est un champ oui/non&#xa0;: indiquez true ou false (--string l’écrit comme texte)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a number field: &quot;%2&quot; is not a number (--string writes it as text)</source>
        <translation>«&#xa0;%1&#xa0;» est un champ numérique&#xa0;: «&#xa0;%2&#xa0;» n’est pas un nombre (--string l’écrit comme texte)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a date field: &quot;%2&quot; is not a date Jekyll can read (--string writes it as text)</source>
        <translation>«&#xa0;%1&#xa0;» est un champ de date&#xa0;: «&#xa0;%2&#xa0;» n’est pas une date lisible par Jekyll (--string l’écrit comme texte)</translation>
    </message>
    <message>
        <source>usage: lectern-cli set FILE KEY VALUE [--string] [-o OUT]  |  set FILE KEY --yaml FRAGMENT [-o OUT]
  VALUE is written as the type the site&apos;s schema gives KEY (published: true/false, numbers,
  dates); --string writes it as text. A VALUE starting with &quot;-&quot; goes after &quot;--&quot;:
  lectern-cli set FILE KEY -- -5</source>
        <translation>utilisation&#xa0;: lectern-cli set FILE KEY VALUE [--string] [-o OUT]  |  set FILE KEY --yaml FRAGMENT [-o OUT]
  VALUE est écrite dans le type que le schéma du site donne à KEY (published: true/false, nombres,
  dates)&#x202f;; --string l’écrit comme texte. Une VALUE qui commence par «&#xa0;-&#xa0;» se place après «&#xa0;--&#xa0;»&#xa0;:
  lectern-cli set FILE KEY -- -5</translation>
    </message>
    <message>
        <source>the key must not be empty</source>
        <translation>la clé ne doit pas être vide</translation>
    </message>
    <message>
        <source>%1: cannot set &quot;%2&quot;: %3</source>
        <translation>%1: impossible de définir «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>usage: lectern-cli unset FILE KEY [-o OUT]</source>
        <translation>utilisation&#xa0;: lectern-cli unset FILE KEY [-o OUT]</translation>
    </message>
    <message>
        <source>%1: cannot remove &quot;%2&quot;: %3</source>
        <translation>%1: impossible de supprimer «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>usage: lectern-cli check [--spelling|--spelling-errors] FILE...</source>
        <translation>utilisation&#xa0;: lectern-cli check [--spelling|--spelling-errors] FILE...</translation>
    </message>
    <message>
        <source>lectern-cli: no spelling dictionary for &quot;%1&quot; (installed: %2); spelling not checked</source>
        <translation>lectern-cli: aucun dictionnaire orthographique pour «&#xa0;%1&#xa0;» (installés&#xa0;: %2)&#x202f;; orthographe non vérifiée</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>unknown engine &quot;%1&quot; (auto, jekyll, builtin)</source>
        <translation>moteur inconnu «&#xa0;%1&#xa0;» (auto, jekyll, builtin)</translation>
    </message>
    <message>
        <source>no site root (_config.yml) found</source>
        <translation>aucune racine de site (_config.yml) trouvée</translation>
    </message>
    <message>
        <source>%1: the site&apos;s Jekyll cannot render the post: %2</source>
        <translation>%1: le Jekyll du site ne peut pas faire le rendu de l’article&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: note: built-in renderer (the site&apos;s Jekyll: %2)</source>
        <translation>%1: remarque&#xa0;: rendu intégré (Jekyll du site&#xa0;: %2)</translation>
    </message>
    <message>
        <source>local changes in the way</source>
        <translation>des modifications locales bloquent</translation>
    </message>
    <message>
        <source>changed on both sides</source>
        <translation>modifié des deux côtés</translation>
    </message>
    <message>
        <source> (no such file)</source>
        <translation> (fichier introuvable)</translation>
    </message>
    <message>
        <source>usage: lectern-cli status SITE [--json]</source>
        <translation>utilisation&#xa0;: lectern-cli status SITE [--json]</translation>
    </message>
    <message>
        <source>branch %1</source>
        <translation>branche %1</translation>
    </message>
    <message>
        <source>, no upstream</source>
        <translation>, pas de branche amont</translation>
    </message>
    <message>
        <source>, upstream %1 (ahead %2, behind %3)</source>
        <translation>, branche amont %1 (%2 en avance, %3 en retard)</translation>
    </message>
    <message>
        <source>not published: fix the errors above first</source>
        <translation>non publié&#xa0;: corrigez d’abord les erreurs ci-dessus</translation>
    </message>
    <message>
        <source>usage: lectern-cli pull SITE</source>
        <translation>utilisation&#xa0;: lectern-cli pull SITE</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (html, email, text, pdf, card-image, ics, eml)</source>
        <translation>format inconnu «&#xa0;%1&#xa0;» (html, email, text, pdf, card-image, ics, eml)</translation>
    </message>
    <message>
        <source>--inline-images is for --format eml</source>
        <translation>--inline-images ne s’applique qu’à --format eml</translation>
    </message>
    <message>
        <source>the sharing image needs an output file: -o FILE.png</source>
        <translation>l’image de partage doit être écrite dans un fichier&#xa0;: -o FICHIER.png</translation>
    </message>
    <message>
        <source>%1 needs %2, which is not installed</source>
        <translation>%1 a besoin de %2, qui n’est pas installé</translation>
    </message>
    <message>
        <source>%1: drawing did not finish</source>
        <translation>%1: le dessin ne s’est pas terminé</translation>
    </message>
    <message>
        <source>%1: not written: %2</source>
        <translation>%1: non écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>usage: lectern-cli export FILE --format html|email|text|pdf|card-image|ics|eml [-o OUT] [--site DIR] [--with-header] [--inline-images] [--engine auto|jekyll|builtin] [--trust-site]</source>
        <translation>utilisation&#xa0;: lectern-cli export FILE --format html|email|text|pdf|card-image|ics|eml [-o OUT] [--site DIR] [--with-header] [--inline-images] [--engine auto|jekyll|builtin] [--trust-site]</translation>
    </message>
    <message>
        <source>a site folder exports as a calendar feed only: --format ics</source>
        <translation>un dossier de site ne s’exporte qu’en flux d’agenda&#xa0;: --format ics</translation>
    </message>
    <message>
        <source>--now: &quot;%1&quot; is not an ISO 8601 date and time (2025-03-01T09:00:00Z)</source>
        <translation>--now&#xa0;: «&#xa0;%1&#xa0;» n’est pas une date et heure ISO 8601 (2025-03-01T09:00:00Z)</translation>
    </message>
    <message>
        <source>usage: lectern-cli export SITE --format ics [--upcoming|--all] [--category NAME] [--now DATETIME] [-o OUT]</source>
        <translation>utilisation&#xa0;: lectern-cli export SITE --format ics [--upcoming|--all] [--category NAME] [--now DATETIME] [-o OUT]</translation>
    </message>
    <message>
        <source>%1 (warning)</source>
        <translation>%1 (avertissement)</translation>
    </message>
    <message>
        <source>%1: skipped, no calendar event: %2</source>
        <translation>%1: ignoré, pas d’événement d’agenda&#xa0;: %2</translation>
    </message>
    <message>
        <source>events in the calendar: %1</source>
        <translation>événements dans l’agenda&#xa0;: %1</translation>
    </message>
    <message>
        <source>; past events left out: %1 (--all keeps them)</source>
        <translation>; événements passés laissés de côté&#xa0;: %1 (--all les garde)</translation>
    </message>
    <message>
        <source>; posts skipped: %1</source>
        <translation>; articles ignorés&#xa0;: %1</translation>
    </message>
    <message>
        <source>; %1 updated (commit it with the site)</source>
        <translation>; %1 mis à jour (validez-le avec le site)</translation>
    </message>
    <message>
        <source>Nothing was pushed. Run the same command again with one choice:</source>
        <translation>Rien n’a été envoyé. Relancez la même commande avec l’un de ces choix&#xa0;:</translation>
    </message>
    <message>
        <source>the file becomes your colleague&apos;s version; yours is kept in a copy in _lectern-kept/</source>
        <translation>le fichier devient la version de votre collègue&#x202f;; la vôtre est conservée dans une copie dans _lectern-kept/</translation>
    </message>
    <message>
        <source>both versions go into the file between marker lines: edit it, then publish again</source>
        <translation>les deux versions sont placées dans le fichier entre des lignes de marqueurs&#xa0;: modifiez-le, puis publiez de nouveau</translation>
    </message>
    <message>
        <source>your version, kept</source>
        <translation>votre version, conservée</translation>
    </message>
    <message>
        <source>both versions, to edit</source>
        <translation>les deux versions, à modifier</translation>
    </message>
    <message>
        <source>usage: lectern-cli publish FILE... [-m MESSAGE] [--no-push] [--keep-theirs|--keep-mine|--edit-merge]</source>
        <translation>utilisation&#xa0;: lectern-cli publish FILE... [-m MESSAGE] [--no-push] [--keep-theirs|--keep-mine|--edit-merge]</translation>
    </message>
    <message>
        <source>usage: lectern-cli %1</source>
        <translation>utilisation&#xa0;: lectern-cli %1</translation>
    </message>
    <message>
        <source>%1: warning: the site&apos;s announce settings could not be read: %2</source>
        <translation>%1&#xa0;: avertissement&#xa0;: les réglages d’annonce du site sont illisibles&#xa0;: %2</translation>
    </message>
    <message>
        <source>--upcoming and --all cannot be used together</source>
        <translation>--upcoming et --all ne peuvent pas être utilisés ensemble</translation>
    </message>
    <message>
        <source>warning: no published post has the category &quot;%1&quot; (the site&apos;s categories: %2)</source>
        <translation>avertissement&#xa0;: aucun article publié n’a la catégorie «&#xa0;%1&#xa0;» (catégories du site&#xa0;: %2)</translation>
    </message>
    <message>
        <source>warning: the calendar holds no event; subscribed calendars will show none</source>
        <translation>avertissement&#xa0;: le calendrier ne contient aucun événement&#xa0;; les calendriers abonnés n’en afficheront aucun</translation>
    </message>
    <message>
        <source>%1: warning: no url in _config.yml: the event has no link to the post</source>
        <translation>%1&#xa0;: avertissement&#xa0;: pas d’url dans _config.yml&#xa0;: l’événement ne renvoie pas à l’article</translation>
    </message>
    <message>
        <source>Changed on the remote by %1; the newest change: %2, %3 “%4”</source>
        <translation>Modifié sur le dépôt distant par %1&#xa0;; la modification la plus récente&#xa0;: %2, %3 «&#xa0;%4&#xa0;»</translation>
    </message>
    <message>
        <source>base (common ancestor)</source>
        <translation>base (ancêtre commun)</translation>
    </message>
    <message>
        <source>ours (your commit)</source>
        <translation>la nôtre (votre commit)</translation>
    </message>
    <message>
        <source>theirs (on the remote)</source>
        <translation>la leur (sur le dépôt distant)</translation>
    </message>
    <message>
        <source>theirs (on the remote, by %1)</source>
        <translation>la leur (sur le dépôt distant, par %1)</translation>
    </message>
    <message>
        <source>where you both changed the same lines yours is kept, every other change of theirs stays; committed on top of theirs and published</source>
        <translation>là où vous avez tous deux modifié les mêmes lignes, la vôtre est gardée, toute autre modification des autres reste&#xa0;; enregistré par-dessus la leur et publié</translation>
    </message>
    <message>
        <source>detached HEAD (no branch): switch to the branch the site builds from</source>
        <translation>HEAD détachée (aucune branche)&#xa0;: passez à la branche à partir de laquelle le site est construit</translation>
    </message>
    <message>
        <source>detached HEAD (no branch): switch to the branch the site builds from (%1)</source>
        <translation>HEAD détachée (aucune branche)&#xa0;: passez à la branche à partir de laquelle le site est construit (%1)</translation>
    </message>
    <message>
        <source>%1 is not a post (posts live in _posts/ or _drafts/)</source>
        <translation>%1 n’est pas un article (les articles sont dans _posts/ ou _drafts/)</translation>
    </message>
    <message>
        <source> (the site&apos;s plugins run only with --trust-site)</source>
        <translation> (les plugins du site ne s’exécutent qu’avec --trust-site)</translation>
    </message>
</context>
<context>
    <name>Lectern::ConflictDialog</name>
    <message>
        <source>your colleague</source>
        <translation>votre collègue</translation>
    </message>
    <message>
        <source>(no change to the text)</source>
        <translation>(aucune modification du texte)</translation>
    </message>
    <message>
        <source>A Colleague Changed the Same Post</source>
        <translation>Un ou une collègue a modifié le même article</translation>
    </message>
    <message>
        <source>Keep &amp;Their Version</source>
        <translation>Garder &amp;leur version</translation>
    </message>
    <message>
        <source>Keep &amp;My Version</source>
        <translation>Garder &amp;ma version</translation>
    </message>
    <message>
        <source>&amp;Edit Both in the Post</source>
        <translation>Modifier les deux &amp;dans l’article</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>Décider plus &amp;tard</translation>
    </message>
    <message>
        <source>The post becomes your colleague&apos;s version. Yours is kept in a copy in the site&apos;s _lectern-kept folder, so nothing is lost. Nothing of yours is published.</source>
        <translation>L’article devient la version de votre collègue. La vôtre est conservée dans une copie dans le dossier _lectern-kept du site&#xa0;: rien n’est perdu. Rien de votre version n’est publié.</translation>
    </message>
    <message>
        <source>The post shows both versions between marker lines. Keep what should stay, delete the marker lines, then publish again. Nothing is published until then.</source>
        <translation>L’article affiche les deux versions entre des lignes de marqueurs. Gardez ce qui doit rester, supprimez les lignes de marqueurs, puis publiez de nouveau. Rien n’est publié d’ici là.</translation>
    </message>
    <message>
        <source>Nothing is changed or published now; publishing again brings you back here.</source>
        <translation>Rien n’est modifié ni publié pour l’instant&#x202f;; publier de nouveau vous ramène ici.</translation>
    </message>
    <message>
        <source>%1: changed by you and by %2</source>
        <translation>%1&#xa0;: modifié par vous et par %2</translation>
    </message>
    <message>
        <source>%1: changed by you</source>
        <translation>%1&#xa0;: modifié par vous</translation>
    </message>
    <message>
        <source>%1: changed by %2</source>
        <translation>%1&#xa0;: modifié par %2</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>you deleted the post</source>
        <translation>vous avez supprimé l’article</translation>
    </message>
    <message>
        <source>%1 deleted the post</source>
        <translation>%1 a supprimé l’article</translation>
    </message>
    <message>
        <source>Your colleague&apos;s version is already on the site.</source>
        <translation>La version de votre collègue est déjà sur le site.</translation>
    </message>
    <message>
        <source>%1&apos;s version is already on the site: published %2, “%3” (commit %4).</source>
        <translation>La version de %1 est déjà sur le site&#xa0;: publiée le %2, «&#xa0;%3&#xa0;» (commit %4).</translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation>Champs différents</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before both changes</source>
        <translation>Avant les deux modifications</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>Before both changes (the version you both started from)</source>
        <translation>Avant les deux modifications (la version dont vous êtes partis tous les deux)</translation>
    </message>
    <message>
        <source>(the post did not exist: you both created it)</source>
        <translation>(l’article n’existait pas&#xa0;: vous l’avez créé tous les deux)</translation>
    </message>
    <message>
        <source>Your version: what you changed</source>
        <translation>Votre version&#xa0;: ce que vous avez modifié</translation>
    </message>
    <message>
        <source>(you deleted the post)</source>
        <translation>(vous avez supprimé l’article)</translation>
    </message>
    <message>
        <source>(%1 deleted the post)</source>
        <translation>(%1 a supprimé l’article)</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Un ou une collègue</translation>
    </message>
    <message>
        <source>%1 published a change to the same post while you were editing it. Nothing has been published or lost: your version is saved and committed on this computer. Choose what the post should say.</source>
        <translation>%1 a publié une modification du même article pendant que vous le modifiiez. Rien n’a été publié ni perdu&#xa0;: votre version est enregistrée et validée sur cet ordinateur. Choisissez ce que l’article doit dire.</translation>
    </message>
    <message>
        <source>Keep %1&apos;s Version</source>
        <translation>Garder la version de %1</translation>
    </message>
    <message>
        <source>Where you both changed the same lines, your lines are kept. Every change only your colleague made (another paragraph, a field) stays in the post too. The result is published on top of theirs as a new change; nothing is overwritten by force.</source>
        <translation>Là où vous avez tous deux modifié les mêmes lignes, vos lignes sont gardées. Toute modification faite par votre collègue seul (un autre paragraphe, un champ) reste aussi dans l’article. Le résultat est publié par-dessus le leur comme une nouvelle modification&#xa0;; rien n’est écrasé de force.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep their version&lt;/b&gt;: the post becomes theirs; yours is kept in a copy. &lt;b&gt;Keep my version&lt;/b&gt;: where you both changed the same lines, yours are published; their other changes stay. &lt;b&gt;Edit both in the post&lt;/b&gt;: combine them yourself, then publish again.</source>
        <translation>&lt;b&gt;Garder leur version&lt;/b&gt;&#xa0;: l’article devient le leur&#xa0;; le vôtre est gardé dans une copie. &lt;b&gt;Garder ma version&lt;/b&gt;&#xa0;: là où vous avez tous deux modifié les mêmes lignes, les vôtres sont publiées&#xa0;; leurs autres modifications restent. &lt;b&gt;Modifier les deux dans l’article&lt;/b&gt;&#xa0;: combinez-les vous-même, puis publiez à nouveau.</translation>
    </message>
    <message>
        <source>Their version is already on the site: changed by %1, last by %2 on %3, “%4” (commit %5).</source>
        <translation>Leur version est déjà sur le site&#xa0;: modifiée par %1, en dernier par %2 le %3, «&#xa0;%4&#xa0;» (commit %5).</translation>
    </message>
    <message>
        <source>%1: what they changed</source>
        <translation>%1&#xa0;: ce qu’ils ont modifié</translation>
    </message>
    <message>
        <source>%1 published changes to the same post while you were editing it. Nothing has been published or lost: your version is saved and committed on this computer. Choose what the post should say.</source>
        <translation>%1 ont publié des modifications du même article pendant que vous le modifiiez. Rien n’a été publié ni perdu&#xa0;: votre version est enregistrée et validée sur cet ordinateur. Choisissez ce que l’article doit dire.</translation>
    </message>
    <message>
        <source>You both created this file, so there is no earlier text to merge on: your version replaces theirs on the site. Theirs stays in the site&apos;s history.</source>
        <translation>Vous avez tous deux créé ce fichier, il n’y a donc pas de texte antérieur à fusionner&#xa0;: votre version remplace la leur sur le site. La leur reste dans l’historique du site.</translation>
    </message>
</context>
<context>
    <name>Lectern::ConflictFile</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>%1 and %n others</source>
        <translation>%1 et %n autres</translation>
    </message>
    <message>
        <source>Your colleague&apos;s version</source>
        <translation>Version de votre collègue</translation>
    </message>
    <message>
        <source>%1&apos;s version</source>
        <translation>Version de %1</translation>
    </message>
    <message>
        <source>Their version (%1)</source>
        <translation>Leur version (%1)</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Un collègue</translation>
    </message>
    <message>
        <source>%1 moved or deleted %2 on the remote (a new date renames a post). Keeping your version would put the old file back beside theirs, and the site would show the post twice. Keep their version instead (yours is kept in a copy, to carry your changes over). Nothing was changed</source>
        <translation>%1 a déplacé ou supprimé %2 sur le dépôt distant (une nouvelle date renomme un article). Garder votre version remettrait l’ancien fichier à côté du leur, et le site montrerait l’article deux fois. Gardez plutôt leur version (la vôtre est gardée dans une copie, pour reporter vos modifications). Rien n’a été modifié</translation>
    </message>
</context>
<context>
    <name>Lectern::DateFieldEditor</name>
    <message>
        <source>Site default: %1</source>
        <translation>Valeur par défaut du site&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1” is not a date: type one as “%2” or “%3”.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date&#xa0;: saisissez-la sous la forme «&#xa0;%2&#xa0;» ou «&#xa0;%3&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Lectern::DiffDialog</name>
    <message>
        <source>The two versions are identical.</source>
        <translation>Les deux versions sont identiques.</translation>
    </message>
</context>
<context>
    <name>Lectern::DiskChangeBar</name>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Garder ma version</translation>
    </message>
    <message>
        <source>Show Differences</source>
        <translation>Voir les différences</translation>
    </message>
    <message>
        <source>“%1” was deleted or moved by another program. Your text is still here; saving will create the file again.</source>
        <translation>«&#xa0;%1&#xa0;» a été supprimé ou déplacé par un autre programme. Votre texte est toujours là&#x202f;; l’enregistrer recréera le fichier.</translation>
    </message>
    <message>
        <source>“%1” was changed by another program while you were editing it. Saving now would overwrite that change.</source>
        <translation>«&#xa0;%1&#xa0;» a été modifié par un autre programme pendant que vous le modifiiez. Enregistrer maintenant écraserait cette modification.</translation>
    </message>
    <message>
        <source>Reload from Disk</source>
        <translation>Recharger depuis le disque</translation>
    </message>
    <message>
        <source>Reloading discards your unsaved edits. Reload anyway?</source>
        <translation>Recharger abandonne vos modifications non enregistrées. Recharger quand même&#x202f;?</translation>
    </message>
</context>
<context>
    <name>Lectern::EmailDraft</name>
    <message>
        <source>no To: address (set announce: to: in .lectern.yml)</source>
        <translation>pas d’adresse de destinataire (définissez announce: to: dans .lectern.yml)</translation>
    </message>
    <message>
        <source>no url in _config.yml: the links and images in the mail are relative and will not open</source>
        <translation>pas d’url dans _config.yml&#xa0;: les liens et images du courriel sont relatifs et ne s’ouvriront pas</translation>
    </message>
    <message>
        <source>image %1 is not from the site: left as a link</source>
        <translation>l’image %1 ne provient pas du site&#xa0;: laissée sous forme de lien</translation>
    </message>
    <message>
        <source>image %1 is not in the site (%2): left as a link</source>
        <translation>l’image %1 n’est pas dans le site (%2)&#xa0;: laissée sous forme de lien</translation>
    </message>
    <message>
        <source>invite.ics: %1</source>
        <translation>invite.ics: %1</translation>
    </message>
    <message>
        <source>no invite.ics attached: %1</source>
        <translation>aucun invite.ics joint&#xa0;: %1</translation>
    </message>
    <message>
        <source>no featured image (`image` in the front matter)</source>
        <translation>pas d’image principale (`image` dans l’en-tête)</translation>
    </message>
    <message>
        <source>the featured image %1 is not in the site (%2)</source>
        <translation>l’image principale %1 n’est pas dans le site (%2)</translation>
    </message>
    <message>
        <source>“%1” in announce: to: is not an e-mail address (a name with a comma needs quotes: &quot;Smith, John&quot; &lt;js@example.org&gt;)</source>
        <translation>«&#xa0;%1&#xa0;» dans announce: to: n’est pas une adresse e-mail (un nom avec une virgule doit être entre guillemets&#xa0;: &quot;Smith, John&quot; &lt;js@example.org&gt;)</translation>
    </message>
</context>
<context>
    <name>Lectern::EventDate</name>
    <message>
        <source>the When: line names %1 but the front-matter date is %2; the calendar export uses the When: line</source>
        <translation>la ligne When: indique le %1 mais la date de l’en-tête est le %2&#x202f;; l’export d’agenda utilise la ligne When:</translation>
    </message>
</context>
<context>
    <name>Lectern::EventTime</name>
    <message>
        <source>cannot tell the date from “%1”</source>
        <translation>impossible de lire la date dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” gives a date but no time of day</source>
        <translation>«&#xa0;%1&#xa0;» donne une date mais pas d’heure</translation>
    </message>
    <message>
        <source>cannot tell the time of day from “%1”</source>
        <translation>impossible de lire l’heure dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown time zone “%1” in “%2”</source>
        <translation>fuseau horaire inconnu «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” names no time zone and _config.yml sets none</source>
        <translation>«&#xa0;%1&#xa0;» n’indique pas de fuseau horaire et _config.yml n’en définit aucun</translation>
    </message>
    <message>
        <source>no time zone in “%1”: used the site&apos;s %2</source>
        <translation>pas de fuseau horaire dans «&#xa0;%1&#xa0;»&#xa0;: celui du site a été utilisé (%2)</translation>
    </message>
    <message>
        <source>the post gives no event time: no “When:” line in the body and no time in the front matter</source>
        <translation>l’article ne donne pas d’heure d’événement&#xa0;: pas de ligne «&#xa0;When:&#xa0;» dans le corps ni d’heure dans l’en-tête</translation>
    </message>
</context>
<context>
    <name>Lectern::ExactPreview</name>
    <message>
        <source>Fast preview only: %1</source>
        <translation>Aperçu rapide seulement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Trust this site&apos;s plugins?</source>
        <translation>Faire confiance aux extensions de ce site&#x202f;?</translation>
    </message>
    <message>
        <source>&amp;Trust and Run Plugins</source>
        <translation>&amp;Faire confiance et exécuter les extensions</translation>
    </message>
    <message>
        <source>&amp;Safe Mode</source>
        <translation>Mode &amp;sécurisé</translation>
    </message>
    <message>
        <source>Site trusted: its plugins run in the exact preview</source>
        <translation>Site approuvé&#xa0;: ses extensions s’exécutent dans l’aperçu exact</translation>
    </message>
    <message>
        <source>Site not trusted: the exact preview uses Jekyll&apos;s safe mode (no plugins)</source>
        <translation>Site non approuvé&#xa0;: l’aperçu exact utilise le mode sécurisé de Jekyll (aucune extension)</translation>
    </message>
    <message>
        <source>Exact preview: %1</source>
        <translation>Aperçu exact&#xa0;: %1</translation>
    </message>
    <message>
        <source>Fast preview</source>
        <translation>Aperçu rapide</translation>
    </message>
    <message>
        <source>The built-in renderer: shown at once on each keystroke.</source>
        <translation>Le rendu intégré&#xa0;: affiché immédiatement à chaque frappe.</translation>
    </message>
    <message>
        <source>Exact — Jekyll %1</source>
        <translation>Exact — Jekyll %1</translation>
    </message>
    <message>
        <source>Rendered by the site&apos;s own Jekyll, with its plugins.</source>
        <translation>Rendu par le Jekyll du site lui-même, avec ses extensions.</translation>
    </message>
    <message>
        <source>Rendered by the site&apos;s own Jekyll in safe mode (no plugins).</source>
        <translation>Rendu par le Jekyll du site lui-même, en mode sécurisé (aucune extension).</translation>
    </message>
    <message>
        <source>The site&apos;s Jekyll renders when typing pauses.</source>
        <translation>Le Jekyll du site fait le rendu dès que la saisie marque une pause.</translation>
    </message>
    <message>
        <source>The site&apos;s Jekyll is loading the site…</source>
        <translation>Le Jekyll du site charge le site…</translation>
    </message>
    <message>
        <source>Waiting for the answer about the site&apos;s plugins.</source>
        <translation>En attente de la réponse au sujet des extensions du site.</translation>
    </message>
    <message>
        <source>Site stylesheet not compiled: %1</source>
        <translation>Feuille de style du site non compilée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Site stylesheet not compiled: Jekyll gave no URL for it</source>
        <translation>Feuille de style du site non compilée&#xa0;: Jekyll n’a donné aucune URL</translation>
    </message>
    <message>
        <source>Run the Site&apos;s &amp;Plugins in the Preview</source>
        <translation>Exécuter les &amp;plugins du site dans l’aperçu</translation>
    </message>
    <message>
        <source>Let the exact preview run the site&apos;s own programs (Jekyll plugins); off, it uses Jekyll&apos;s safe mode</source>
        <translation>L’aperçu exact exécute les programmes du site (plugins Jekyll)&#xa0;; désactivé, il utilise le mode sans échec de Jekyll</translation>
    </message>
    <message>
        <source>The site %1 comes with programs of its own (Jekyll plugins). Lectern can show your post exactly as the site will, but only by running them, and they run with your rights, like any program you install.

Trust the site only if you know where it comes from. If you choose Safe Mode, the preview runs without them; parts of the page they make may be missing.

Lectern remembers your answer for this site. You can change it at any time in View → Run the Site&apos;s Plugins in the Preview.</source>
        <translation>Le site %1 contient ses propres programmes (plugins Jekyll). Lectern peut montrer votre article exactement comme le site, mais seulement en les exécutant, et ils s’exécutent avec vos droits, comme tout programme que vous installez.

Ne faites confiance au site que si vous savez d’où il vient. En mode sans échec, l’aperçu s’en passe&#xa0;; des parties de la page qu’ils produisent peuvent manquer.

Lectern retient votre réponse pour ce site. Vous pouvez la changer à tout moment dans Affichage → Exécuter les plugins du site dans l’aperçu.</translation>
    </message>
    <message>
        <source>This site has no plugins of its own</source>
        <translation>Ce site n’a pas de plugins propres</translation>
    </message>
    <message>
        <source> (the site&apos;s plugins do not run in safe mode: View → Run the Site&apos;s Plugins in the Preview)</source>
        <translation> (les plugins du site ne s’exécutent pas en mode sans échec&#xa0;: Affichage → Exécuter les plugins du site dans l’aperçu)</translation>
    </message>
    <message>
        <source>Fast preview only</source>
        <translation>Aperçu rapide seulement</translation>
    </message>
</context>
<context>
    <name>Lectern::ExactRenderer</name>
    <message>
        <source>Exact preview needs Ruby and Jekyll: install them with “sudo apt install jekyll”.</source>
        <translation>L’aperçu exact a besoin de Ruby et de Jekyll&#xa0;: installez-les avec «&#xa0;sudo apt install jekyll&#xa0;».</translation>
    </message>
    <message>
        <source>Exact preview needs Jekyll: install it with “sudo apt install jekyll” (or “gem install jekyll”).</source>
        <translation>L’aperçu exact a besoin de Jekyll&#xa0;: installez-le avec «&#xa0;sudo apt install jekyll&#xa0;» (ou «&#xa0;gem install jekyll&#xa0;»).</translation>
    </message>
    <message>
        <source>The site needs the Ruby gem “%1”: run “bundle install” in %2.</source>
        <translation>Le site a besoin de la gem Ruby «&#xa0;%1&#xa0;»&#xa0;: lancez «&#xa0;bundle install&#xa0;» dans %2.</translation>
    </message>
    <message>
        <source>The site needs the Ruby gem “%1”: run “bundle install” in %2, or “gem install %1”.</source>
        <translation>Le site a besoin de la gem Ruby «&#xa0;%1&#xa0;»&#xa0;: lancez «&#xa0;bundle install&#xa0;» dans %2, ou «&#xa0;gem install %1&#xa0;».</translation>
    </message>
    <message>
        <source>the exact renderer was stopped</source>
        <translation>le rendu exact a été arrêté</translation>
    </message>
    <message>
        <source>The exact renderer&apos;s script is missing from this build of Lectern.</source>
        <translation>Le script du rendu exact manque dans cette version compilée de Lectern.</translation>
    </message>
    <message>
        <source>the exact renderer is not running</source>
        <translation>le rendu exact n’est pas lancé</translation>
    </message>
    <message>
        <source>The site&apos;s Jekyll could not load the site: %1</source>
        <translation>Le Jekyll du site n’a pas pu charger le site&#xa0;: %1</translation>
    </message>
    <message>
        <source>the helper crashed%1</source>
        <translation>le programme auxiliaire a planté%1</translation>
    </message>
    <message>
        <source>the helper exited with code %1%2</source>
        <translation>le programme auxiliaire s’est terminé avec le code %1%2</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n s</source>
        <translation>
            <numerusform>pas de réponse en %n s</numerusform>
            <numerusform>pas de réponse en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>the site&apos;s Jekyll did not answer: %1</source>
        <translation>le Jekyll du site n’a pas répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The exact preview stopped: %1.</source>
        <translation>L’aperçu exact s’est arrêté&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The site&apos;s Gemfile gems are not installed: run “bundle install” in %1.</source>
        <translation>Les gems du Gemfile du site ne sont pas installées&#xa0;: lancez «&#xa0;bundle install&#xa0;» dans %1.</translation>
    </message>
    <message>
        <source>The site has a Gemfile: its exact preview needs Bundler (“sudo apt install ruby-bundler”), then “bundle install” in %1.</source>
        <translation>Le site a un Gemfile&#xa0;: son aperçu exact nécessite Bundler («&#xa0;sudo apt install ruby-bundler&#xa0;»), puis «&#xa0;bundle install&#xa0;» dans %1.</translation>
    </message>
    <message>
        <source>“bundle check” gave no answer within %1 s in %2: the fast preview is shown.</source>
        <translation>«&#xa0;bundle check&#xa0;» n’a pas répondu en %1 s dans %2&#xa0;: l’aperçu rapide est affiché.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Lectern::ExportInputs</name>
    <message>
        <source>no site root (_config.yml) found: links stay relative to the post</source>
        <translation>aucune racine de site (_config.yml) trouvée&#xa0;: les liens restent relatifs à l’article</translation>
    </message>
</context>
<context>
    <name>Lectern::ExportMenu</name>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Copy as &amp;HTML</source>
        <translation>Copier en &amp;HTML</translation>
    </message>
    <message>
        <source>Copy for &amp;E-mail</source>
        <translation>Copier pour un &amp;courriel</translation>
    </message>
    <message>
        <source>Save HTML &amp;Snippet…</source>
        <translation>Enregistrer un &amp;extrait HTML…</translation>
    </message>
    <message>
        <source>Save &amp;Calendar Event…</source>
        <translation>Enregistrer l’événement d’&amp;agenda…</translation>
    </message>
    <message>
        <source>%1 (%2:%3:%4: %5)</source>
        <translation>%1 (%2:%3:%4: %5)</translation>
    </message>
    <message>
        <source>Copied as HTML</source>
        <translation>Copié en HTML</translation>
    </message>
    <message>
        <source>Copied for e-mail: paste into a message</source>
        <translation>Copié pour un courriel&#xa0;: collez-le dans un message</translation>
    </message>
    <message>
        <source>Save into the site?</source>
        <translation>Enregistrer dans le site&#x202f;?</translation>
    </message>
    <message>
        <source>“%1” is inside the Jekyll site %2 (folder %3). Jekyll publishes what is there with the site, and a file in _posts/ or _drafts/ becomes a post.

Save the export there anyway?</source>
        <translation>«&#xa0;%1&#xa0;» se trouve dans le site Jekyll %2 (dossier %3). Jekyll publie ce qui s’y trouve avec le site, et un fichier dans _posts/ ou _drafts/ devient un article.

Enregistrer l’export à cet endroit quand même&#x202f;?</translation>
    </message>
    <message>
        <source>the site&apos;s top folder</source>
        <translation>le dossier racine du site</translation>
    </message>
    <message>
        <source>Export not saved</source>
        <translation>Export non enregistré</translation>
    </message>
    <message>
        <source>Not saved: %1: %2</source>
        <translation>Non enregistré&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Save HTML Snippet</source>
        <translation>Enregistrer un extrait HTML</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>No calendar event: %1</source>
        <translation>Pas d’événement d’agenda&#xa0;: %1</translation>
    </message>
    <message>
        <source>Save Calendar Event</source>
        <translation>Enregistrer l’événement d’agenda</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Agenda (*.ics)</translation>
    </message>
    <message>
        <source>&amp;Poster (PDF)…</source>
        <translation>Affiche (&amp;PDF)…</translation>
    </message>
    <message>
        <source>Sharing &amp;Image…</source>
        <translation>&amp;Image de partage…</translation>
    </message>
    <message>
        <source>Save E-mail &amp;Draft…</source>
        <translation>Enregistrer un &amp;brouillon de courriel…</translation>
    </message>
    <message>
        <source>Save E-mail Draft with Images &amp;Attached…</source>
        <translation>Enregistrer un brouillon de courriel avec images &amp;jointes…</translation>
    </message>
    <message>
        <source>Still drawing the previous export</source>
        <translation>L’export précédent est encore en cours de dessin</translation>
    </message>
    <message>
        <source>Save Sharing Image</source>
        <translation>Enregistrer l’image de partage</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>Save Poster</source>
        <translation>Enregistrer l’affiche</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sharing image saved: %1</source>
        <translation>Image de partage enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Poster saved: %1</source>
        <translation>Affiche enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Drawing the sharing image…</source>
        <translation>Dessin de l’image de partage…</translation>
    </message>
    <message>
        <source>Drawing the poster…</source>
        <translation>Dessin de l’affiche…</translation>
    </message>
    <message>
        <source>Save E-mail Draft with Images Attached</source>
        <translation>Enregistrer un brouillon de courriel avec images jointes</translation>
    </message>
    <message>
        <source>Save E-mail Draft</source>
        <translation>Enregistrer un brouillon de courriel</translation>
    </message>
    <message>
        <source>E-mail message (*.eml)</source>
        <translation>Message électronique (*.eml)</translation>
    </message>
    <message>
        <source>E-mail Draft Saved</source>
        <translation>Brouillon de courriel enregistré</translation>
    </message>
    <message>
        <source>Open “%1” in your mail program to send it?</source>
        <translation>Ouvrir «&#xa0;%1&#xa0;» dans votre logiciel de messagerie pour l’envoyer&#x202f;?</translation>
    </message>
    <message>
        <source>No mail program opened %1</source>
        <translation>Aucun logiciel de messagerie n’a ouvert %1</translation>
    </message>
    <message>
        <source>the site&apos;s announce settings could not be read: %1</source>
        <translation>les réglages d’annonce du site sont illisibles&#xa0;: %1</translation>
    </message>
    <message>
        <source>no url in _config.yml: the event has no link to the post</source>
        <translation>pas d’url dans _config.yml&#xa0;: l’événement ne renvoie pas à l’article</translation>
    </message>
</context>
<context>
    <name>Lectern::ExportNoticeBar</name>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the export notes</source>
        <translation>Fermer les remarques d’export</translation>
    </message>
    <message>
        <source>Check before you share it:</source>
        <translation>À vérifier avant de le partager&#xa0;:</translation>
    </message>
    <message>
        <source>%1: see the notes above the editor</source>
        <translation>%1&#xa0;: voir les remarques au-dessus de l’éditeur</translation>
    </message>
</context>
<context>
    <name>Lectern::FieldEditor</name>
    <message>
        <source>This value is a %1; the form edits it as YAML.</source>
        <translation>Cette valeur est une %1&#x202f;; le formulaire la modifie en YAML.</translation>
    </message>
    <message>
        <source>map</source>
        <translation>table</translation>
    </message>
    <message>
        <source>list</source>
        <translation>liste</translation>
    </message>
</context>
<context>
    <name>Lectern::FindBar</name>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3, Shift+Enter)</source>
        <translation>Occurrence précédente (Maj+F3, Maj+Entrée)</translation>
    </message>
    <message>
        <source>Next match (F3, Enter)</source>
        <translation>Occurrence suivante (F3, Entrée)</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>R&amp;emplacer</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>Remplacer &amp;tout</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>Rem&amp;placer…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Occurrence pré&amp;cédente</translation>
    </message>
    <message>
        <source>Error at character %1: %2</source>
        <translation>Erreur au caractère %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucune occurrence</translation>
    </message>
    <message>
        <source>%1 of more than %2</source>
        <translation>%1 sur plus de %2</translation>
    </message>
    <message>
        <source>More than %1 matches</source>
        <translation>Plus de %1 occurrences</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Matches: %1</source>
        <translation>Occurrences&#xa0;: %1</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Remplacer tout</translation>
    </message>
    <message>
        <source>Matches replaced: %1</source>
        <translation>Occurrences remplacées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <source>Match case (Alt+C)</source>
        <translation>Respecter la casse (Alt+C)</translation>
    </message>
    <message>
        <source>Whole words (Alt+W)</source>
        <translation>Mots entiers (Alt+W)</translation>
    </message>
    <message>
        <source>Regular expression (Alt+X)</source>
        <translation>Expression régulière (Alt+X)</translation>
    </message>
</context>
<context>
    <name>Lectern::FrontMatter</name>
    <message>
        <source>&quot;%1&quot; is not a YAML boolean, number, date or null</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni un booléen, ni un nombre, ni une date, ni null YAML</translation>
    </message>
</context>
<context>
    <name>Lectern::FrontMatter::Private</name>
    <message>
        <source>invalid YAML: %1</source>
        <translation>YAML non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>front matter must be a list of &quot;key: value&quot; lines</source>
        <translation>l’en-tête doit être une suite de lignes «&#xa0;clé: valeur&#xa0;»</translation>
    </message>
    <message>
        <source>this quoted value is never closed; Jekyll cannot read the front matter</source>
        <translation>cette valeur entre guillemets n’est jamais fermée&#x202f;; Jekyll ne peut pas lire l’en-tête</translation>
    </message>
    <message>
        <source>Jekyll cannot read this line of the front matter</source>
        <translation>Jekyll ne peut pas lire cette ligne de l’en-tête</translation>
    </message>
    <message>
        <source>a tab after &quot;-&quot;: Jekyll cannot read this list item; use spaces</source>
        <translation>une tabulation après «&#xa0;-&#xa0;»&#xa0;: Jekyll ne peut pas lire cet élément de liste&#x202f;; utilisez des espaces</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot; (also on line %2); Jekyll uses this last one</source>
        <translation>clé «&#xa0;%1&#xa0;» en double (aussi à la ligne %2)&#x202f;; Jekyll utilise la dernière</translation>
    </message>
    <message>
        <source>the front matter cannot be edited field by field; edit it as YAML text</source>
        <translation>l’en-tête ne peut pas être modifié champ par champ&#x202f;; modifiez-le comme texte YAML</translation>
    </message>
    <message>
        <source>the value could not be written for &quot;%1&quot;</source>
        <translation>la valeur de «&#xa0;%1&#xa0;» n’a pas pu être écrite</translation>
    </message>
    <message>
        <source>invalid YAML: control character U+%1 (YAML and Jekyll allow none but tab and line ends)</source>
        <translation>YAML invalide&#xa0;: caractère de contrôle U+%1 (YAML et Jekyll n’autorisent que la tabulation et les fins de ligne)</translation>
    </message>
</context>
<context>
    <name>Lectern::FrontMatterForm</name>
    <message>
        <source>&amp;Add field</source>
        <translation>&amp;Ajouter un champ</translation>
    </message>
    <message>
        <source>&amp;YAML</source>
        <translation>&amp;YAML</translation>
    </message>
    <message>
        <source>Show the front matter as YAML text</source>
        <translation>Afficher l’en-tête en texte YAML</translation>
    </message>
    <message numerus="yes">
        <source>%n more key(s): edit them as YAML</source>
        <translation>
            <numerusform>%n autre clé&#xa0;: modifiez-la en YAML</numerusform>
            <numerusform>%n autres clés&#xa0;: modifiez-les en YAML</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1 from this post</source>
        <translation>Retirer %1 de cet article</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>The front matter is not valid YAML, so the form cannot show it. Fix it in the YAML view; nothing is lost.</source>
        <translation>L’en-tête n’est pas du YAML valide&#xa0;: le formulaire ne peut pas l’afficher. Corrigez-le dans la vue YAML&#x202f;; rien n’est perdu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears more than once; Jekyll uses the last one (line %2).</source>
        <translation>«&#xa0;%1&#xa0;» apparaît plusieurs fois&#x202f;; Jekyll utilise la dernière (ligne %2).</translation>
    </message>
    <message>
        <source>Inherited from _config.yml defaults: %1. Set a value to write it into this post.</source>
        <translation>Hérité des valeurs par défaut de _config.yml&#xa0;: %1. Saisissez une valeur pour l’écrire dans cet article.</translation>
    </message>
    <message>
        <source>required field &quot;%1&quot; is missing</source>
        <translation>le champ obligatoire «&#xa0;%1&#xa0;» manque</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date Jekyll can read</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date lisible par Jekyll</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Edit YAML</source>
        <translation>Modifier le YAML</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New field…</source>
        <translation>Nouveau champ…</translation>
    </message>
    <message>
        <source>Add Field</source>
        <translation>Ajouter un champ</translation>
    </message>
    <message>
        <source>Field name:</source>
        <translation>Nom du champ&#xa0;:</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>Ajouter un champ</translation>
    </message>
    <message>
        <source>Show as YAML</source>
        <translation>Afficher en YAML</translation>
    </message>
    <message>
        <source>1 character</source>
        <translation>1 caractère</translation>
    </message>
    <message>
        <source>%L1 characters</source>
        <translation>%L1 caractères</translation>
    </message>
    <message>
        <source>%1 — the home page shows the first %L2</source>
        <translation>%1 — la page d’accueil affiche les %L2 premiers</translation>
    </message>
    <message>
        <source>1 word</source>
        <translation>1 mot</translation>
    </message>
    <message>
        <source>%L1 words</source>
        <translation>%L1 mots</translation>
    </message>
    <message>
        <source>The cut comes from %1</source>
        <translation>La coupure vient de %1</translation>
    </message>
</context>
<context>
    <name>Lectern::ImageFieldEditor</name>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>%1 is outside the site folder; Jekyll would not publish it.</source>
        <translation>%1 est hors du dossier du site&#x202f;; Jekyll ne le publierait pas.</translation>
    </message>
    <message>
        <source>Could not copy %1 to %2.</source>
        <translation>Impossible de copier %1 vers %2.</translation>
    </message>
    <message>
        <source>Choose Image</source>
        <translation>Choisir une image</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.gif *.webp *.svg);;All files (*)</source>
        <translation>Images (*.jpg *.jpeg *.png *.gif *.webp *.svg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Copy image into the site?</source>
        <translation>Copier l’image dans le site&#x202f;?</translation>
    </message>
    <message>
        <source>%1 is outside the site, so the published post could not show it.

Copy it into %2?</source>
        <translation>%1 est hors du site&#xa0;: l’article publié ne pourrait pas l’afficher.

La copier dans %2&#x202f;?</translation>
    </message>
    <message>
        <source>Image not used</source>
        <translation>Image non utilisée</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Pas d’image</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Choose an image for %1</source>
        <translation>Choisir une image pour %1</translation>
    </message>
</context>
<context>
    <name>Lectern::ImageImport</name>
    <message>
        <source>The image folder &quot;%1&quot; is outside the site folder %2: nothing was written. Set images: folder: in .lectern.yml to a folder inside the site.</source>
        <translation>Le dossier d’images «&#xa0;%1&#xa0;» est hors du dossier du site %2&#xa0;: rien n’a été écrit. Dans .lectern.yml, donnez à images: folder: un dossier situé dans le site.</translation>
    </message>
    <message>
        <source>The clipboard&apos;s image could not be read: nothing was written.</source>
        <translation>L’image du presse-papiers n’a pas pu être lue&#xa0;: rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The clipboard&apos;s image could not be encoded as PNG: nothing was written.</source>
        <translation>L’image du presse-papiers n’a pas pu être encodée en PNG&#xa0;: rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Cannot read the image %1: %2</source>
        <translation>Impossible de lire l’image %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write %1 as %2: nothing was written.</source>
        <translation>Impossible d’écrire %1 en tant que %2&#xa0;: rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Cannot create the image folder %1: nothing was written.</source>
        <translation>Impossible de créer le dossier d’images %1&#xa0;: rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Cannot write the image %1: %2. Nothing was written.</source>
        <translation>Impossible d’écrire l’image %1&#xa0;: %2. Rien n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>Lectern::Lexer</name>
    <message>
        <source>&apos;{{&apos; is never closed with &apos;}}&apos;</source>
        <translation>«&#xa0;{{&#xa0;» n’est jamais fermé par «&#xa0;}}&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;{%&apos; is never closed with &apos;%}&apos;</source>
        <translation>«&#xa0;{%&#xa0;» n’est jamais fermé par «&#xa0;%}&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;{% %1 %}&apos; is never closed with &apos;{% %2 %}&apos;</source>
        <translation>«&#xa0;{% %1 %}&#xa0;» n’est jamais fermé par «&#xa0;{% %2 %}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Lectern::LinkDialog</name>
    <message>
        <source>Insert Link</source>
        <translation>Insérer un lien</translation>
    </message>
    <message>
        <source>Link target</source>
        <translation>Cible du lien</translation>
    </message>
    <message>
        <source>A post&apos;s title or file name, or a URL</source>
        <translation>Titre ou nom de fichier d’un article, ou une URL</translation>
    </message>
    <message>
        <source>Link text</source>
        <translation>Texte du lien</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insérer</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Cible&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte&#xa0;:</translation>
    </message>
    <message>
        <source>Links to: %1</source>
        <translation>Pointe vers&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;Lien…</translation>
    </message>
</context>
<context>
    <name>Lectern::LiquidRenderer</name>
    <message>
        <source>Liquid tag not rendered in the preview</source>
        <translation>Balise Liquid non rendue dans l’aperçu</translation>
    </message>
    <message>
        <source>&apos;assign&apos; needs &apos;name = value&apos;</source>
        <translation>«&#xa0;assign&#xa0;» attend «&#xa0;nom = valeur&#xa0;»</translation>
    </message>
    <message>
        <source>{% link %}: no file &apos;%1&apos; in the site</source>
        <translation>{% link %}&#xa0;: aucun fichier «&#xa0;%1&#xa0;» dans le site</translation>
    </message>
    <message>
        <source>{% post_url %}: no post named &apos;%1&apos; in _posts</source>
        <translation>{% post_url %}&#xa0;: aucun article nommé «&#xa0;%1&#xa0;» dans _posts</translation>
    </message>
    <message>
        <source>&apos;for&apos; needs &apos;item in collection&apos;</source>
        <translation>«&#xa0;for&#xa0;» attend «&#xa0;élément in collection&#xa0;»</translation>
    </message>
    <message>
        <source>{% for %}: the loop&apos;s output is too large for the preview and was cut here</source>
        <translation>{% for %}&#xa0;: la sortie de la boucle est trop grande pour l’aperçu et a été coupée ici</translation>
    </message>
    <message>
        <source>{% %1 %}: no file &apos;%2&apos; in the site</source>
        <translation>{% %1 %}&#xa0;: aucun fichier «&#xa0;%2&#xa0;» dans le site</translation>
    </message>
    <message>
        <source>{% include %}: &apos;%1&apos; includes itself too deeply</source>
        <translation>{% include %}&#xa0;: «&#xa0;%1&#xa0;» s’inclut lui-même trop profondément</translation>
    </message>
    <message>
        <source>Liquid filter &apos;%1&apos; is not supported in the preview; value shown unfiltered</source>
        <translation>Le filtre Liquid «&#xa0;%1&#xa0;» n’est pas pris en charge dans l’aperçu&#x202f;; valeur affichée sans filtre</translation>
    </message>
</context>
<context>
    <name>Lectern::ListFieldEditor</name>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Remove the selected entry</source>
        <translation>Retirer l’entrée sélectionnée</translation>
    </message>
    <message>
        <source>Add… (Enter)</source>
        <translation>Ajouter… (Entrée)</translation>
    </message>
    <message>
        <source>Site default: %1 — type to add</source>
        <translation>Valeur par défaut du site&#xa0;: %1 — tapez pour ajouter</translation>
    </message>
    <message>
        <source>Move the selected entry of %1 up</source>
        <translation>Monter l’entrée sélectionnée de %1</translation>
    </message>
    <message>
        <source>Move the selected entry of %1 down</source>
        <translation>Descendre l’entrée sélectionnée de %1</translation>
    </message>
    <message>
        <source>Remove the selected entry of %1</source>
        <translation>Retirer l’entrée sélectionnée de %1</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Ajouter à %1</translation>
    </message>
</context>
<context>
    <name>Lectern::LongLineBar</name>
    <message>
        <source>Edit Anyway</source>
        <translation>Modifier quand même</translation>
    </message>
    <message>
        <source>Shows the exact text, editable. Each key typed in the long line may take a second.</source>
        <translation>Affiche le texte exact, modifiable. Chaque touche tapée dans la longue ligne peut prendre une seconde.</translation>
    </message>
    <message>
        <source>Line %1 of the text is %2 characters long (an embedded image or minified code?). To stay responsive, the editor shows the text read-only, with long lines broken into rows; the file keeps them whole. The form, preview, export and Save work as usual.</source>
        <translation>La ligne %1 du texte fait %2 caractères (une image intégrée ou du code minifié&#x202f;?). Pour rester réactif, l’éditeur affiche le texte en lecture seule, les longues lignes coupées en plusieurs rangées&#x202f;; le fichier les garde entières. Le formulaire, l’aperçu, l’export et l’enregistrement fonctionnent comme d’habitude.</translation>
    </message>
</context>
<context>
    <name>Lectern::Main</name>
    <message>
        <source>Lectern cannot run as root: the preview&apos;s browser engine refuses to start its sandbox for the root user.

Run Lectern as your own user, or, if you must run it as root, start it with QTWEBENGINE_DISABLE_SANDBOX=1 (the preview then runs without that sandbox).</source>
        <translation>Lectern ne peut pas s’exécuter en tant que root&#xa0;: le moteur de navigation de l’aperçu refuse de démarrer son bac à sable pour l’utilisateur root.

Lancez Lectern avec votre propre compte ou, s’il le faut vraiment en tant que root, avec QTWEBENGINE_DISABLE_SANDBOX=1 (l’aperçu fonctionne alors sans ce bac à sable).</translation>
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
        <translation>Prêt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Réta&amp;blir</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>Ar&amp;ticle</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Ouverture impossible</translation>
    </message>
    <message>
        <source>Open Post</source>
        <translation>Ouvrir un article</translation>
    </message>
    <message>
        <source>Posts (*.md *.markdown *.html);;All files (*)</source>
        <translation>Articles (*.md *.markdown *.html);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Not saved: a post is still opening</source>
        <translation>Non enregistré&#xa0;: un article est encore en cours d’ouverture</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>Échec de l’enregistrement</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Saved %1, but Jekyll will refuse its front matter: %2</source>
        <translation>%1 enregistré, mais Jekyll refusera son en-tête&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Save Post As</source>
        <translation>Enregistrer l’article sous</translation>
    </message>
    <message>
        <source>%1

Your edits are still here.</source>
        <translation>%1

Vos modifications sont toujours là.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them first?</source>
        <translation>«&#xa0;%1&#xa0;» contient des modifications non enregistrées. Les enregistrer d’abord&#x202f;?</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>%1[*] — Lectern</source>
        <translation>%1[*] — Lectern</translation>
    </message>
    <message>
        <source>Changes on disk vs yours</source>
        <translation>Modifications sur le disque et les vôtres</translation>
    </message>
    <message>
        <source>on disk</source>
        <translation>sur le disque</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>la vôtre</translation>
    </message>
    <message>
        <source>Restored unsaved edits of %1</source>
        <translation>Modifications non enregistrées de %1 restaurées</translation>
    </message>
    <message>
        <source>Insert Image</source>
        <translation>Insérer une image</translation>
    </message>
    <message>
        <source>Post list</source>
        <translation>Liste des articles</translation>
    </message>
    <message>
        <source>O&amp;utline</source>
        <translation>Pla&amp;n</translation>
    </message>
    <message>
        <source>Front matter error</source>
        <translation>Erreur dans l’en-tête</translation>
    </message>
    <message>
        <source>Jekyll cannot read the front matter of “%1” as it is now. Saved like this, the site shows the post without anything its front matter sets: title, categories, image and the rest.</source>
        <translation>Jekyll ne peut pas lire l’en-tête de «&#xa0;%1&#xa0;» dans son état actuel. Enregistré ainsi, le site affiche l’article sans rien de ce que son en-tête définit&#xa0;: titre, catégories, image et le reste.</translation>
    </message>
    <message>
        <source>Save Anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <source>Not saved: fix the front matter, or save anyway</source>
        <translation>Non enregistré&#xa0;: corrigez l’en-tête ou enregistrez quand même</translation>
    </message>
    <message>
        <source>Publishing needs a post saved in the site&apos;s git repository</source>
        <translation>La publication nécessite un article enregistré dans le dépôt git du site</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
</context>
<context>
    <name>Lectern::MarkdownEditor</name>
    <message>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Heading %1</source>
        <translation>Titre %1</translation>
    </message>
    <message>
        <source>Continue List</source>
        <translation>Continuer la liste</translation>
    </message>
    <message>
        <source>End List</source>
        <translation>Terminer la liste</translation>
    </message>
    <message>
        <source>Outdent List Item</source>
        <translation>Désindenter l’élément de liste</translation>
    </message>
    <message>
        <source>Indent List Item</source>
        <translation>Indenter l’élément de liste</translation>
    </message>
    <message>
        <source>Save the post first: a pasted image goes into its site&apos;s image folder.</source>
        <translation>Enregistrez d’abord l’article&#xa0;: une image collée va dans le dossier d’images de son site.</translation>
    </message>
    <message>
        <source>Insert Image</source>
        <translation>Insérer une image</translation>
    </message>
    <message>
        <source>Describe the image for readers who cannot see it (alt text):</source>
        <translation>Décrivez l’image pour les personnes qui ne peuvent pas la voir (texte alternatif)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Lectern::NewPost</name>
    <message>
        <source>The title “%1” has no letters or digits to name the file after.</source>
        <translation>Le titre «&#xa0;%1&#xa0;» n’a ni lettre ni chiffre dont tirer le nom du fichier.</translation>
    </message>
    <message>
        <source>The title “%1” gives an empty file name in this slug mode.</source>
        <translation>Le titre «&#xa0;%1&#xa0;» donne un nom de fichier vide dans ce mode de slug.</translation>
    </message>
    <message>
        <source>No template “%1”.</source>
        <translation>Pas de modèle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: écriture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 already exists; nothing was moved.</source>
        <translation>%1 existe déjà&#x202f;; rien n’a été déplacé.</translation>
    </message>
    <message>
        <source>Saved as %1, but could not remove the old file %2.</source>
        <translation>Enregistré sous %1, mais l’ancien fichier %2 n’a pas pu être supprimé.</translation>
    </message>
</context>
<context>
    <name>Lectern::NewPostDialog</name>
    <message>
        <source>Start as a draft (in _drafts/, not on the site)</source>
        <translation>Commencer en brouillon (dans _drafts/, pas sur le site)</translation>
    </message>
    <message>
        <source>New Post</source>
        <translation>Nouvel article</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;emplate:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>(type a title)</source>
        <translation>(saisissez un titre)</translation>
    </message>
</context>
<context>
    <name>Lectern::NumberFieldEditor</name>
    <message>
        <source> (site default)</source>
        <translation> (valeur par défaut du site)</translation>
    </message>
</context>
<context>
    <name>Lectern::OutlinePane</name>
    <message>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Outline: the post&apos;s headings</source>
        <translation>Plan&#xa0;: les titres de l’article</translation>
    </message>
    <message>
        <source>O&amp;utline</source>
        <translation>Pla&amp;n</translation>
    </message>
    <message>
        <source>(empty heading)</source>
        <translation>(titre vide)</translation>
    </message>
    <message>
        <source>%1, heading level %2</source>
        <translation>%1, titre de niveau %2</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
</context>
<context>
    <name>Lectern::Parser</name>
    <message>
        <source>&apos;{% %1 %}&apos; is never closed with &apos;{% %2 %}&apos;</source>
        <translation>«&#xa0;{% %1 %}&#xa0;» n’est jamais fermé par «&#xa0;{% %2 %}&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;{% %1 %}&apos; without a matching opening tag</source>
        <translation>«&#xa0;{% %1 %}&#xa0;» sans balise ouvrante correspondante</translation>
    </message>
    <message>
        <source>Liquid tag &apos;%1&apos; is not supported in the preview; shown as a placeholder</source>
        <translation>La balise Liquid «&#xa0;%1&#xa0;» n’est pas prise en charge dans l’aperçu&#x202f;; affichée comme espace réservé</translation>
    </message>
</context>
<context>
    <name>Lectern::PostChecks</name>
    <message>
        <source>template text still to fill in: %1</source>
        <translation>texte du modèle encore à remplir&#xa0;: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is still the template&apos;s &quot;to fill&quot;</source>
        <translation>«&#xa0;%1&#xa0;» est encore le «&#xa0;to fill&#xa0;» du modèle</translation>
    </message>
    <message>
        <source>the title is still empty, as the template left it</source>
        <translation>le titre est encore vide, comme le modèle l’a laissé</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty text: Liquid counts &quot;&quot; as set, so a layout&apos;s {% if page.%1 %} shows a broken image; choose an image or remove the line</source>
        <translation>«&#xa0;%1&#xa0;» est un texte vide&#xa0;: Liquid considère &quot;&quot; comme défini, donc le {% if page.%1 %} d’une mise en page affiche une image cassée&#x202f;; choisissez une image ou supprimez la ligne</translation>
    </message>
    <message>
        <source>&quot;%1&quot; leaves out the site&apos;s baseurl &quot;%2&quot;: on the published site it is a 404 (the preview shows it broken too); write {{ site.baseurl }}%1 or {{ &apos;%1&apos; | relative_url }}</source>
        <translation>«&#xa0;%1&#xa0;» omet la baseurl du site «&#xa0;%2&#xa0;»&#xa0;: sur le site publié, c’est une erreur 404 (l’aperçu l’affiche cassé aussi)&#x202f;; écrivez {{ site.baseurl }}%1 ou {{ &apos;%1&apos; | relative_url }}</translation>
    </message>
    <message>
        <source>image &quot;%1&quot; is %2, over 1 MB: it slows the page down; scale it down (pasted images are scaled to the site&apos;s max_width)</source>
        <translation>l’image «&#xa0;%1&#xa0;» pèse %2, plus de 1 Mo&#xa0;: elle ralentit la page&#x202f;; réduisez-la (les images collées sont réduites à la max_width du site)</translation>
    </message>
    <message>
        <source>&lt;img src=&quot;%1&quot;&gt; has no alt attribute: say what the image shows (alt=&quot;&quot; for a decorative one)</source>
        <translation>&lt;img src=&quot;%1&quot;&gt; n’a pas d’attribut alt&#xa0;: indiquez ce que montre l’image (alt=&quot;&quot; pour une image décorative)</translation>
    </message>
    <message>
        <source>image &quot;%1&quot; has no alt text: write what it shows between the brackets, ![…](…)</source>
        <translation>l’image «&#xa0;%1&#xa0;» n’a pas de texte alternatif&#xa0;: écrivez ce qu’elle montre entre les crochets, ![…](…)</translation>
    </message>
    <message>
        <source>conflict marker line: both versions are still in the post (lines %1 to %2); keep what should stay and delete the marker lines</source>
        <translation>ligne de marqueur de conflit&#xa0;: les deux versions sont encore dans l’article (lignes %1 à %2)&#xa0;; gardez ce qui doit rester et supprimez les lignes de marqueur</translation>
    </message>
</context>
<context>
    <name>Lectern::PostDocument</name>
    <message>
        <source>%1 was changed or removed by another program since it was opened. Reload it, or choose to keep your version.</source>
        <translation>%1 a été modifié ou supprimé par un autre programme depuis son ouverture. Rechargez-le, ou choisissez de garder votre version.</translation>
    </message>
</context>
<context>
    <name>Lectern::PostFile</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: fichier introuvable</translation>
    </message>
    <message>
        <source>%1: is a folder, not a post</source>
        <translation>%1: est un dossier, pas un article</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1:%2: binary file (NUL byte), not a text post</source>
        <translation>%1:%2: fichier binaire (octet NUL), pas un article texte</translation>
    </message>
    <message>
        <source>%1:%2:%3: not valid UTF-8 text</source>
        <translation>%1:%2:%3: texte UTF-8 non valide</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Impossible d’enregistrer %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Lectern::PostList</name>
    <message>
        <source>Search titles, file names, categories</source>
        <translation>Rechercher dans les titres, noms de fichier, catégories</translation>
    </message>
    <message>
        <source>All categories and tags</source>
        <translation>Toutes les catégories et étiquettes</translation>
    </message>
    <message>
        <source>All posts</source>
        <translation>Tous les articles</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publiés</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Catégorie&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>Étiquette&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 of %2 posts</source>
        <translation>%1 articles sur %2</translation>
    </message>
    <message>
        <source> — reading…</source>
        <translation> — lecture…</translation>
    </message>
    <message>
        <source>Search posts</source>
        <translation>Rechercher des articles</translation>
    </message>
    <message>
        <source>Category or tag</source>
        <translation>Catégorie ou étiquette</translation>
    </message>
    <message>
        <source>Which posts</source>
        <translation>Quels articles</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Articles</translation>
    </message>
</context>
<context>
    <name>Lectern::PostListActions</name>
    <message>
        <source>&amp;New Post…</source>
        <translation>&amp;Nouvel article…</translation>
    </message>
    <message>
        <source>Undo &amp;Rename</source>
        <translation>Annuler le &amp;renommage</translation>
    </message>
    <message>
        <source>Open a post of a Jekyll site first: new posts go into its _posts/ folder.</source>
        <translation>Ouvrez d’abord un article d’un site Jekyll&#xa0;: les nouveaux articles vont dans son dossier _posts/.</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>Nouvel article</translation>
    </message>
    <message>
        <source>Cannot move the post</source>
        <translation>Impossible de déplacer l’article</translation>
    </message>
    <message>
        <source>Rename the file?</source>
        <translation>Renommer le fichier&#x202f;?</translation>
    </message>
    <message>
        <source>The title or date changed. Rename “%1” to “%2” to match?

The post&apos;s web address changes with its file name. Post → Undo Rename moves it back.</source>
        <translation>Le titre ou la date a changé. Renommer «&#xa0;%1&#xa0;» en «&#xa0;%2&#xa0;» pour correspondre&#x202f;?

L’adresse web de l’article change avec son nom de fichier. Article → Annuler le renommage le remet en place.</translation>
    </message>
    <message>
        <source>Renamed %1 to %2 (Post → Undo Rename moves it back)</source>
        <translation>%1 renommé en %2 (Article → Annuler le renommage le remet en place)</translation>
    </message>
    <message>
        <source>Published %1 as %2</source>
        <translation>%1 publié sous le nom %2</translation>
    </message>
    <message>
        <source>Unpublished %1: now %2</source>
        <translation>%1 dépublié&#xa0;: désormais %2</translation>
    </message>
    <message>
        <source>Moved %1 back to %2</source>
        <translation>%1 déplacé de nouveau vers %2</translation>
    </message>
    <message>
        <source>&amp;Move Draft to Posts (Dated Today)</source>
        <translation>&amp;Déplacer le brouillon vers les articles (daté d’aujourd’hui)</translation>
    </message>
    <message>
        <source>Move Back to &amp;Drafts</source>
        <translation>Remettre dans les &amp;brouillons</translation>
    </message>
</context>
<context>
    <name>Lectern::PostListModel</name>
    <message>
        <source>%1 (draft)</source>
        <translation>%1 (brouillon)</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
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
        <translation>%1 a des modifications non enregistrées&#x202f;; non rechargé</translation>
    </message>
</context>
<context>
    <name>Lectern::PostOpening</name>
    <message>
        <source>Reloading %1…</source>
        <translation>Rechargement de %1…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Reloaded %1: it changed on disk</source>
        <translation>%1 rechargé&#xa0;: il a changé sur le disque</translation>
    </message>
    <message>
        <source>Reloaded %1</source>
        <translation>%1 rechargé</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>Cannot reload</source>
        <translation>Rechargement impossible</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Ouverture impossible</translation>
    </message>
</context>
<context>
    <name>Lectern::PostSpelling</name>
    <message>
        <source>unknown word &quot;%1&quot;</source>
        <translation>mot inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source> (did you mean: %1)</source>
        <translation> (vouliez-vous dire&#xa0;: %1)</translation>
    </message>
</context>
<context>
    <name>Lectern::Poster</name>
    <message>
        <source>MORE INFORMATION</source>
        <translation>PLUS D’INFORMATIONS</translation>
    </message>
    <message>
        <source>the URL is too long for a QR code</source>
        <translation>l’URL est trop longue pour un code QR</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>QUAND</translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation>OÙ</translation>
    </message>
    <message>
        <source>the title was shortened to fit</source>
        <translation>le titre a été raccourci pour tenir</translation>
    </message>
    <message>
        <source>the featured image %1 could not be read: %2</source>
        <translation>l’image mise en avant %1 n’a pas pu être lue&#xa0;: %2</translation>
    </message>
    <message>
        <source>no room for the featured image</source>
        <translation>pas de place pour l’image mise en avant</translation>
    </message>
    <message>
        <source>no room for the abstract</source>
        <translation>pas de place pour le résumé</translation>
    </message>
    <message>
        <source>the abstract was shortened to fit</source>
        <translation>le résumé a été raccourci pour tenir</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the PDF could not be started</source>
        <translation>%1: le PDF n’a pas pu être commencé</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>the speaker&apos;s name was shortened to fit</source>
        <translation>le nom de l’orateur a été raccourci pour tenir</translation>
    </message>
    <message>
        <source>the affiliation was shortened to fit</source>
        <translation>l’affiliation a été raccourcie pour tenir</translation>
    </message>
    <message>
        <source>the kind of event was shortened to fit</source>
        <translation>le type d’événement a été raccourci pour tenir</translation>
    </message>
    <message>
        <source>the day was shortened to fit</source>
        <translation>le jour a été raccourci pour tenir</translation>
    </message>
    <message>
        <source>the time was shortened to fit</source>
        <translation>l’heure a été raccourcie pour tenir</translation>
    </message>
    <message>
        <source>the place was shortened to fit</source>
        <translation>le lieu a été raccourci pour tenir</translation>
    </message>
</context>
<context>
    <name>Lectern::PosterContent</name>
    <message>
        <source>no speaker (a &quot;Speaker:&quot; line in the body or `speaker` in the front matter)</source>
        <translation>pas d’intervenant (une ligne «&#xa0;Speaker:&#xa0;» dans le corps ou `speaker` dans l’en-tête)</translation>
    </message>
    <message>
        <source>no time of day on the When: line</source>
        <translation>pas d’heure dans la ligne When:</translation>
    </message>
    <message>
        <source>no place (a &quot;Where:&quot; line in the body or `location` in the front matter)</source>
        <translation>pas de lieu (une ligne «&#xa0;Where:&#xa0;» dans le corps ou `location` dans l’en-tête)</translation>
    </message>
    <message>
        <source>no featured image (`image` in the front matter)</source>
        <translation>pas d’image mise en avant (`image` dans l’en-tête)</translation>
    </message>
    <message>
        <source>the featured image %1 is not a file inside the site</source>
        <translation>l’image mise en avant %1 n’est pas un fichier du site</translation>
    </message>
    <message>
        <source>no public URL (`url` in _config.yml), so no QR code</source>
        <translation>pas d’URL publique (`url` dans _config.yml), donc pas de code QR</translation>
    </message>
    <message>
        <source>no abstract (`description` in the front matter)</source>
        <translation>pas de résumé (`description` dans l’en-tête)</translation>
    </message>
</context>
<context>
    <name>Lectern::PreviewPane</name>
    <message>
        <source>Remote content blocked — this post shows images from other websites.</source>
        <translation>Contenu distant bloqué — cet article affiche des images d’autres sites web.</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Charger</translation>
    </message>
    <message>
        <source>Show remote images for every post of this site (remembered).</source>
        <translation>Afficher les images distantes pour tous les articles de ce site (mémorisé).</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Home card</source>
        <translation>Vignette d’accueil</translation>
    </message>
</context>
<context>
    <name>Lectern::PreviewView</name>
    <message>
        <source>Open link</source>
        <translation>Ouvrir le lien</translation>
    </message>
    <message>
        <source>Open this link in your web browser?

%1</source>
        <translation>Ouvrir ce lien dans votre navigateur web&#x202f;?

%1</translation>
    </message>
</context>
<context>
    <name>Lectern::PreviewWiring</name>
    <message>
        <source>neutral stylesheet (the layout links none)</source>
        <translation>feuille de style neutre (la mise en page n’en lie aucune)</translation>
    </message>
    <message>
        <source>neutral stylesheet (no site CSS found: Sass is not compiled, and no built _site)</source>
        <translation>feuille de style neutre (aucun CSS du site trouvé&#xa0;: Sass n’est pas compilé et il n’y a pas de _site construit)</translation>
    </message>
    <message>
        <source>stylesheet %1%2</source>
        <translation>feuille de style %1%2</translation>
    </message>
    <message>
        <source> (last site build)</source>
        <translation> (dernière construction du site)</translation>
    </message>
    <message>
        <source>no site layout for this post</source>
        <translation>pas de mise en page du site pour cet article</translation>
    </message>
    <message>
        <source>Preview: built-in layout (site layout failed: %1)</source>
        <translation>Aperçu&#xa0;: mise en page intégrée (échec de la mise en page du site&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Preview: site layout &apos;%1&apos;, %2</source>
        <translation>Aperçu&#xa0;: mise en page du site «&#xa0;%1&#xa0;», %2</translation>
    </message>
    <message>
        <source>%1 (Sass compiled by the site&apos;s Jekyll)</source>
        <translation>%1 (Sass compilé par le Jekyll du site)</translation>
    </message>
</context>
<context>
    <name>Lectern::PublishAction</name>
    <message>
        <source>&amp;Publish…</source>
        <translation>Publier en &amp;ligne…</translation>
    </message>
    <message>
        <source>Commit this post and the images it needs, and push them to the site&apos;s repository</source>
        <translation>Valider (commit) cet article et les images dont il a besoin, puis les envoyer vers le dépôt du site</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Save the post in the site&apos;s folder first.</source>
        <translation>Enregistrez d’abord l’article dans le dossier du site.</translation>
    </message>
    <message>
        <source>Fix these errors before publishing:
%1</source>
        <translation>Corrigez ces erreurs avant de publier&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Online once the site is rebuilt: %1</source>
        <translation>En ligne dès que le site aura été reconstruit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Changed on both sides: %1</source>
        <translation>Modifié des deux côtés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Uncommitted changes in the way: %1</source>
        <translation>Des modifications non validées bloquent&#xa0;: %1</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Publish &amp;Selected…</source>
        <translation>Publier la &amp;sélection…</translation>
    </message>
    <message>
        <source>Publish the posts selected in the post list together, in one commit</source>
        <translation>Publier ensemble, en un seul commit, les articles sélectionnés dans la liste des articles</translation>
    </message>
    <message>
        <source>Publish Selected</source>
        <translation>Publier la sélection</translation>
    </message>
    <message>
        <source>Select the posts to publish in the post list (Ctrl+click or Shift+click for several).</source>
        <translation>Sélectionnez les articles à publier dans la liste des articles (Ctrl+clic ou Maj+clic pour en choisir plusieurs).</translation>
    </message>
    <message>
        <source>Your version is kept in: %1</source>
        <translation>Votre version est conservée dans&#xa0;: %1</translation>
    </message>
    <message>
        <source>Edit the Post</source>
        <translation>Modifier l’article</translation>
    </message>
    <message>
        <source>Already Published</source>
        <translation>Déjà publié</translation>
    </message>
    <message>
        <source>Their Version Kept</source>
        <translation>Leur version gardée</translation>
    </message>
    <message>
        <source>Not Published</source>
        <translation>Non publié</translation>
    </message>
</context>
<context>
    <name>Lectern::PublishDialog</name>
    <message>
        <source>The check found these warnings; publish anyway?</source>
        <translation>La vérification a trouvé ces avertissements&#x202f;; publier quand même&#x202f;?</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Commit message</source>
        <translation>Message de commit</translation>
    </message>
    <message>
        <source>Describe the change (commit message):</source>
        <translation>Décrivez la modification (message de commit)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>%1 posts, in one commit: they reach the site together, or none does.</source>
        <translation>%1 articles, en un seul commit&#xa0;: ils arrivent sur le site ensemble, ou aucun n’y arrive.</translation>
    </message>
</context>
<context>
    <name>Lectern::Publisher</name>
    <message>
        <source>%1 is not in a git repository: publishing needs the site&apos;s repository</source>
        <translation>%1 n’est pas dans un dépôt git&#xa0;: la publication a besoin du dépôt du site</translation>
    </message>
    <message>
        <source>git could not be run: %1</source>
        <translation>impossible d’exécuter git&#xa0;: %1</translation>
    </message>
    <message>
        <source>no post to publish</source>
        <translation>aucun article à publier</translation>
    </message>
    <message>
        <source>Reading the repository…</source>
        <translation>Lecture du dépôt…</translation>
    </message>
    <message>
        <source>the repository is on a detached HEAD (no branch): switch to the branch the site builds from</source>
        <translation>le dépôt est sur une HEAD détachée (aucune branche)&#xa0;: passez sur la branche à partir de laquelle le site est construit</translation>
    </message>
    <message>
        <source>a rebase is in progress in %1: finish or abort it first</source>
        <translation>un rebase est en cours dans %1&#xa0;: terminez-le ou annulez-le d’abord</translation>
    </message>
    <message>
        <source>%1 is not in the repository %2</source>
        <translation>%1 n’est pas dans le dépôt %2</translation>
    </message>
    <message numerus="yes">
        <source>Committing %n file(s)…</source>
        <translation>
            <numerusform>Validation de %n fichier…</numerusform>
            <numerusform>Validation de %n fichiers…</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled: nothing was committed</source>
        <translation>annulé&#xa0;: rien n’a été validé</translation>
    </message>
    <message>
        <source>git commit refused (a hook or signing): nothing was committed</source>
        <translation>git commit a refusé (un hook ou la signature)&#xa0;: rien n’a été validé</translation>
    </message>
    <message>
        <source>nothing to commit</source>
        <translation>rien à valider</translation>
    </message>
    <message>
        <source>committed; not pushed (--no-push)</source>
        <translation>validé&#x202f;; non envoyé (--no-push)</translation>
    </message>
    <message>
        <source>branch %1 has no upstream (no remote branch to publish to): set one with `git push -u REMOTE %1`; the commit is kept</source>
        <translation>la branche %1 n’a pas de branche amont (aucune branche distante où publier)&#xa0;: définissez-en une avec `git push -u REMOTE %1`&#x202f;; le commit est conservé</translation>
    </message>
    <message>
        <source>cancelled; the commit is kept and the repository is as before</source>
        <translation>annulé&#x202f;; le commit est conservé et le dépôt est comme avant</translation>
    </message>
    <message>
        <source>Fetching from %1…</source>
        <translation>Récupération depuis %1…</translation>
    </message>
    <message>
        <source>nothing to publish: the post is already on %1</source>
        <translation>rien à publier&#xa0;: l’article est déjà sur %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 also changed %n file(s) you changed: stopped before integrating; your commit and files are as they were and nothing was pushed</source>
        <translation>
            <numerusform>%1 a aussi modifié %n fichier que vous avez modifié&#xa0;: arrêt avant l’intégration&#x202f;; votre commit et vos fichiers sont restés tels quels et rien n’a été envoyé</numerusform>
            <numerusform>%1 a aussi modifié %n fichiers que vous avez modifiés&#xa0;: arrêt avant l’intégration&#x202f;; votre commit et vos fichiers sont restés tels quels et rien n’a été envoyé</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 changed files you have uncommitted changes in (%2): publish or discard them first, then publish again; the commit is kept</source>
        <translation>%1 a modifié des fichiers où vous avez des modifications non validées (%2)&#xa0;: publiez-les ou abandonnez-les d’abord, puis publiez de nouveau&#x202f;; le commit est conservé</translation>
    </message>
    <message>
        <source>Integrating the changes on %1…</source>
        <translation>Intégration des modifications de %1…</translation>
    </message>
    <message>
        <source>Pushing to %1…</source>
        <translation>Envoi vers %1…</translation>
    </message>
    <message>
        <source>published to %1</source>
        <translation>publié sur %1</translation>
    </message>
    <message>
        <source>the repository is on a detached HEAD (no branch)</source>
        <translation>le dépôt est sur une HEAD détachée (aucune branche)</translation>
    </message>
    <message>
        <source>branch %1 has no upstream to update from</source>
        <translation>la branche %1 n’a pas de branche amont depuis laquelle se mettre à jour</translation>
    </message>
    <message>
        <source>already up to date with %1</source>
        <translation>déjà à jour par rapport à %1</translation>
    </message>
    <message numerus="yes">
        <source>you have %n commit(s) not published yet: publish them first (it integrates %1&apos;s changes)</source>
        <translation>
            <numerusform>vous avez %n commit pas encore publié&#xa0;: publiez-le d’abord (cela intègre les modifications de %1)</numerusform>
            <numerusform>vous avez %n commits pas encore publiés&#xa0;: publiez-les d’abord (cela intègre les modifications de %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Updating from %1…</source>
        <translation>Mise à jour depuis %1…</translation>
    </message>
    <message numerus="yes">
        <source>updated from %1: %n file(s) changed</source>
        <translation>
            <numerusform>mis à jour depuis %1&#xa0;: %n fichier modifié</numerusform>
            <numerusform>mis à jour depuis %1&#xa0;: %n fichiers modifiés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 still holds both versions between marker lines (&lt;&lt;&lt;&lt;&lt;&lt;&lt; … &gt;&gt;&gt;&gt;&gt;&gt;&gt;): keep what should stay, delete the marker lines, then publish again</source>
        <translation>%1 contient encore les deux versions entre des lignes de marqueurs (&lt;&lt;&lt;&lt;&lt;&lt;&lt; … &gt;&gt;&gt;&gt;&gt;&gt;&gt;)&#xa0;: gardez ce qui doit rester, supprimez les lignes de marqueurs, puis publiez de nouveau</translation>
    </message>
    <message>
        <source>the branch checked out is “%1” (it publishes to %2), but the site is built from “%3”: publishing here would not reach the site. Switch to %3 first (git switch %3), or, when the site really builds from %1, say so in .lectern.yml (publish: branch: %1)</source>
        <translation>la branche extraite est «&#xa0;%1&#xa0;» (elle publie vers %2), mais le site est construit à partir de «&#xa0;%3&#xa0;»&#xa0;: publier d’ici n’atteindrait pas le site. Passez d’abord sur %3 (git switch %3) ou, si le site est vraiment construit à partir de %1, indiquez-le dans .lectern.yml (publish: branch: %1)</translation>
    </message>
    <message>
        <source>branch %1 has no upstream</source>
        <translation>la branche %1 n’a pas de branche amont</translation>
    </message>
    <message>
        <source>cancelled: nothing was changed</source>
        <translation>annulé&#xa0;: rien n’a été modifié</translation>
    </message>
    <message>
        <source>%1 changed again since you looked: look at the versions again. Nothing was changed</source>
        <translation>%1 a encore changé depuis que vous l’avez consulté&#xa0;: examinez de nouveau les versions. Rien n’a été modifié</translation>
    </message>
    <message>
        <source>you have changes not yet committed in %1: publish them first (they become part of your version), then choose again. Nothing was changed</source>
        <translation>vous avez des modifications non validées dans %1&#xa0;: publiez-les d’abord (elles feront partie de votre version), puis choisissez de nouveau. Rien n’a été modifié</translation>
    </message>
    <message>
        <source>git could not combine the two versions: %1. Nothing was changed</source>
        <translation>git n’a pas pu combiner les deux versions&#xa0;: %1. Rien n’a été modifié</translation>
    </message>
    <message>
        <source>git could not combine %1 either: combine them in a terminal (git rebase @{u}). Nothing was changed</source>
        <translation>git n’a pas pu combiner %1 non plus&#xa0;: combinez-les dans un terminal (git rebase @{u}). Rien n’a été modifié</translation>
    </message>
    <message>
        <source>could not keep a copy of your version in %1: %2. Nothing was changed</source>
        <translation>impossible de conserver une copie de votre version dans %1&#xa0;: %2. Rien n’a été modifié</translation>
    </message>
    <message>
        <source>Putting your changes on top of %1…</source>
        <translation>Application de vos modifications par-dessus %1…</translation>
    </message>
    <message>
        <source>git commit refused (a hook or signing): your commit is as it was and nothing was pushed</source>
        <translation>git commit a refusé (un hook ou la signature)&#xa0;: votre commit est resté tel quel et rien n’a été envoyé</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <source>Before both changes</source>
        <translation>Avant les deux modifications</translation>
    </message>
    <message>
        <source>your version and your colleague&apos;s are both in the post now, between marker lines: keep what should stay, delete the marker lines, then publish again. Nothing was pushed</source>
        <translation>votre version et celle de votre collègue sont maintenant toutes deux dans l’article, entre des lignes de marqueurs&#xa0;: gardez ce qui doit rester, supprimez les lignes de marqueurs, puis publiez de nouveau. Rien n’a été envoyé</translation>
    </message>
    <message>
        <source>your version is the same as on %1: nothing to publish</source>
        <translation>votre version est identique à celle de %1&#xa0;: rien à publier</translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation>%1&#xa0;: dossier inexistant</translation>
    </message>
    <message>
        <source>the repository is on a detached HEAD (no branch): switch to the branch the site builds from (git switch %1)</source>
        <translation>le dépôt est sur une HEAD détachée (aucune branche)&#xa0;: passez à la branche à partir de laquelle le site est construit (git switch %1)</translation>
    </message>
    <message>
        <source>%1 is not a post (posts live in _posts/ or _drafts/)</source>
        <translation>%1 n’est pas un article (les articles sont dans _posts/ ou _drafts/)</translation>
    </message>
    <message>
        <source>Not published: git add failed (git&apos;s reason is below). Nothing was committed.</source>
        <translation>Non publié&#xa0;: git add a échoué (la raison de git est ci-dessous). Rien n’a été validé.</translation>
    </message>
    <message>
        <source>Not pushed: %1. Your commit is kept; Publish again to retry.</source>
        <translation>Non envoyé&#xa0;: %1. Votre commit est gardé&#xa0;; publiez à nouveau pour réessayer.</translation>
    </message>
    <message>
        <source>could not fetch from %1</source>
        <translation>impossible de récupérer depuis %1</translation>
    </message>
    <message>
        <source>Not pushed: could not put your commit on top of %1 (git&apos;s reason is below). Your commit is kept as it was; Publish again to retry.</source>
        <translation>Non envoyé&#xa0;: impossible de placer votre commit par-dessus %1 (la raison de git est ci-dessous). Votre commit est gardé tel quel&#xa0;; publiez à nouveau pour réessayer.</translation>
    </message>
    <message>
        <source>the push to %1 failed</source>
        <translation>l’envoi vers %1 a échoué</translation>
    </message>
    <message>
        <source>Not updated: %1.</source>
        <translation>Non mis à jour&#xa0;: %1.</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>un collègue</translation>
    </message>
    <message>
        <source>Not updated: %1 was also changed by %2. Publish your version and Lectern will show both side by side; nothing was changed.</source>
        <translation>Non mis à jour&#xa0;: %1 a aussi été modifié par %2. Publiez votre version et Lectern montrera les deux côte à côte&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Not updated: %1 were also changed by %2. Publish your versions and Lectern will show both side by side; nothing was changed.</source>
        <translation>Non mis à jour&#xa0;: %1 ont aussi été modifiés par %2. Publiez vos versions et Lectern montrera les deux côte à côte&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Not updated: could not fast-forward (git&apos;s reason is below).</source>
        <translation>Non mis à jour&#xa0;: avance rapide impossible (la raison de git est ci-dessous).</translation>
    </message>
    <message>
        <source>git could not sign in to %1 (your SSH key or saved password is missing or was refused; check that “git push” works in a terminal, docs/publishing.md)</source>
        <translation>git n’a pas pu se connecter à %1 (votre clé SSH ou votre mot de passe enregistré manque ou a été refusé&#xa0;; vérifiez que «&#xa0;git push&#xa0;» fonctionne dans un terminal, docs/publishing.md)</translation>
    </message>
    <message>
        <source>%1 refused the push (git&apos;s reason is below)</source>
        <translation>%1 a refusé l’envoi (la raison de git est ci-dessous)</translation>
    </message>
    <message>
        <source>Nothing was changed: %1. Choose again when it can be reached.</source>
        <translation>Rien n’a été modifié&#xa0;: %1. Choisissez à nouveau quand il sera joignable.</translation>
    </message>
    <message>
        <source>Nothing was changed: could not update your files (git&apos;s reason is below).</source>
        <translation>Rien n’a été modifié&#xa0;: impossible de mettre à jour vos fichiers (la raison de git est ci-dessous).</translation>
    </message>
    <message>
        <source>the post is now your colleague&apos;s version, as on %1; nothing of yours was published, and your version is kept in a copy</source>
        <translation>l’article est maintenant la version de votre collègue, comme sur %1&#xa0;; rien de vous n’a été publié, et votre version est gardée dans une copie</translation>
    </message>
    <message>
        <source>your other changes are published on top of your colleague&apos;s version; your version of the post is kept in a copy</source>
        <translation>vos autres modifications sont publiées par-dessus la version de votre collègue&#xa0;; votre version de l’article est gardée dans une copie</translation>
    </message>
    <message>
        <source>your version is published on top of your colleague&apos;s: where you both changed the same lines yours is kept, every other change of theirs stays in the post</source>
        <translation>votre version est publiée par-dessus celle de votre collègue&#xa0;: là où vous avez tous deux modifié les mêmes lignes, la vôtre est gardée, toute autre modification des autres reste dans l’article</translation>
    </message>
    <message>
        <source>%1 cannot be reached (offline, its server does not answer, or its address is wrong)</source>
        <translation>%1 est injoignable (hors ligne, son serveur ne répond pas, ou son adresse est erronée)</translation>
    </message>
</context>
<context>
    <name>Lectern::RawYamlView</name>
    <message>
        <source>Front matter as &amp;YAML:</source>
        <translation>En-tête en &amp;YAML&#xa0;:</translation>
    </message>
    <message>
        <source>Warning: %1 appears more than once; Jekyll uses the last one.</source>
        <translation>Attention&#xa0;: %1 apparaît plusieurs fois&#x202f;; Jekyll utilise la dernière.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3 — the form is paused until this is fixed; your text is kept.</source>
        <translation>Ligne %1, colonne %2&#xa0;: %3 — le formulaire est suspendu jusqu’à la correction&#x202f;; votre texte est conservé.</translation>
    </message>
</context>
<context>
    <name>Lectern::RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Posts</source>
        <translation>Récupérer les articles non enregistrés</translation>
    </message>
    <message>
        <source>Lectern did not close properly last time. These posts had unsaved edits:</source>
        <translation>Lectern ne s’est pas fermé correctement la dernière fois. Ces articles avaient des modifications non enregistrées&#xa0;:</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>Décider plus tard</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Untitled post</source>
        <translation>Article sans titre</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;autosaved %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;sauvegarde automatique&#xa0;: %3</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Comparer…</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>will be restored</source>
        <translation>sera restauré</translation>
    </message>
    <message>
        <source>discarded</source>
        <translation>abandonné</translation>
    </message>
    <message>
        <source>Recovered vs on disk: %1</source>
        <translation>Version récupérée et version du disque&#xa0;: %1</translation>
    </message>
    <message>
        <source>on disk</source>
        <translation>sur le disque</translation>
    </message>
    <message>
        <source>recovered</source>
        <translation>récupérée</translation>
    </message>
</context>
<context>
    <name>Lectern::RepoStateView</name>
    <message>
        <source>Repository status</source>
        <translation>État du dépôt</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Not yet pushed</source>
        <translation>Pas encore envoyé</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Not in the repository yet: Publish adds it</source>
        <translation>Pas encore dans le dépôt&#xa0;: Publier l’ajoute</translation>
    </message>
    <message>
        <source>Changed since the last commit: Publish commits and pushes it</source>
        <translation>Modifié depuis le dernier commit&#xa0;: Publier le valide et l’envoie</translation>
    </message>
    <message>
        <source>Committed but not pushed: Publish pushes it</source>
        <translation>Validé mais pas envoyé&#xa0;: Publier l’envoie</translation>
    </message>
    <message>
        <source>Pushed: online once the site is rebuilt</source>
        <translation>Envoyé&#xa0;: en ligne dès que le site est reconstruit</translation>
    </message>
    <message>
        <source>all posts published</source>
        <translation>tous les articles sont publiés</translation>
    </message>
    <message>
        <source>1 post waiting to be published</source>
        <translation>1 article en attente de publication</translation>
    </message>
    <message numerus="yes">
        <source>%n posts waiting to be published</source>
        <translation>
            <numerusform>%n article en attente de publication</numerusform>
            <numerusform>%n articles en attente de publication</numerusform>
        </translation>
    </message>
    <message>
        <source>remote has new changes</source>
        <translation>le dépôt distant a de nouvelles modifications</translation>
    </message>
    <message>
        <source>No upstream branch: Publish cannot push yet</source>
        <translation>Aucune branche amont&#xa0;: Publier ne peut pas encore envoyer</translation>
    </message>
    <message>
        <source>Upstream %1: %2 ahead, %3 behind as of the last fetch</source>
        <translation>Branche amont %1&#xa0;: %2 en avance, %3 en retard selon la dernière récupération</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Validé</translation>
    </message>
    <message>
        <source>Committed; the repository is on no branch (detached HEAD), so whether it is pushed cannot be told</source>
        <translation>Validé&#xa0;; le dépôt n’est sur aucune branche (HEAD détachée), on ne peut donc pas savoir s’il est envoyé</translation>
    </message>
    <message>
        <source>detached HEAD: switch to the branch the site builds from</source>
        <translation>HEAD détachée&#xa0;: passez à la branche à partir de laquelle le site est construit</translation>
    </message>
    <message>
        <source>detached HEAD: switch to the branch the site builds from (%1)</source>
        <translation>HEAD détachée&#xa0;: passez à la branche à partir de laquelle le site est construit (%1)</translation>
    </message>
    <message>
        <source>No branch is checked out (a detached HEAD, as after checking out a commit): Publish needs the branch the site builds from</source>
        <translation>Aucune branche n’est extraite (une HEAD détachée, comme après l’extraction d’un commit)&#xa0;: la publication nécessite la branche à partir de laquelle le site est construit</translation>
    </message>
</context>
<context>
    <name>Lectern::SafeLoad</name>
    <message>
        <source>the tag %1 asks for a Ruby %2, which Jekyll&apos;s YAML loader refuses: the post loses its whole front matter; remove the tag</source>
        <translation>la balise %1 demande un %2 Ruby, que le chargeur YAML de Jekyll refuse&#xa0;: l’article perd tout son en-tête&#x202f;; supprimez la balise</translation>
    </message>
    <message>
        <source>the tag !!float needs a number: &quot;%1&quot; makes Jekyll&apos;s YAML loader fail, and the post loses its whole front matter; remove the tag or write a number</source>
        <translation>la balise&#x202f;!!float attend un nombre&#xa0;: «&#xa0;%1&#xa0;» fait échouer le chargeur YAML de Jekyll et l’article perd tout son en-tête&#x202f;; supprimez la balise ou écrivez un nombre</translation>
    </message>
    <message>
        <source>%1 is a Ruby symbol to Jekyll&apos;s YAML loader, which refuses it: the post loses its whole front matter; quote it: %2</source>
        <translation>%1 est un symbole Ruby pour le chargeur YAML de Jekyll, qui le refuse&#xa0;: l’article perd tout son en-tête&#x202f;; mettez-le entre guillemets&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Lectern::SaveSink</name>
    <message>
        <source>The disk is full.</source>
        <translation>Le disque est plein.</translation>
    </message>
    <message>
        <source>You have no permission to write %1 or its folder.</source>
        <translation>Vous n’avez pas le droit d’écrire %1 ni dans son dossier.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d’enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file on disk was not changed and your edits are still open: use Save As to keep them elsewhere.</source>
        <translation>Le fichier sur le disque n’a pas été modifié et vos modifications sont toujours ouvertes&#xa0;: utilisez Enregistrer sous pour les garder ailleurs.</translation>
    </message>
</context>
<context>
    <name>Lectern::Schema</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Mise en page</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Extrait</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Permalink</source>
        <translation>Lien permanent</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Last modified at</source>
        <translation>Dernière modification le</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>required field &quot;%1&quot; is missing</source>
        <translation>le champ obligatoire «&#xa0;%1&#xa0;» manque</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a %2 where the site uses %3; the form shows it as YAML</source>
        <translation>«&#xa0;%1&#xa0;» contient une %2 là où le site utilise %3&#x202f;; le formulaire l’affiche en YAML</translation>
    </message>
    <message>
        <source>map</source>
        <translation>table</translation>
    </message>
    <message>
        <source>list</source>
        <translation>liste</translation>
    </message>
    <message>
        <source>single value</source>
        <translation>valeur unique</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date Jekyll can read (write it like %2)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date lisible par Jekyll (écrivez-la comme %2)</translation>
    </message>
    <message>
        <source>image &quot;%1&quot; is not in the site folder</source>
        <translation>l’image «&#xa0;%1&#xa0;» n’est pas dans le dossier du site</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie de %2</translation>
    </message>
    <message>
        <source>&quot;fields&quot; must be a list of fields, each starting with &quot;- key:&quot;</source>
        <translation>«&#xa0;fields&#xa0;» doit être une liste de champs, chacun commençant par «&#xa0;- key:&#xa0;»</translation>
    </message>
    <message>
        <source>a field without &quot;key&quot; is ignored</source>
        <translation>un champ sans «&#xa0;key&#xa0;» est ignoré</translation>
    </message>
    <message>
        <source>field &quot;%1&quot;: unknown type &quot;%2&quot;</source>
        <translation>champ «&#xa0;%1&#xa0;»&#xa0;: type inconnu «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Lectern::SharingCard</name>
    <message>
        <source>the featured image %1 could not be read: %2</source>
        <translation>l’image mise en avant %1 n’a pas pu être lue&#xa0;: %2</translation>
    </message>
    <message>
        <source>the title was shortened to fit</source>
        <translation>le titre a été raccourci pour tenir</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the place was shortened to fit</source>
        <translation>le lieu a été raccourci pour tenir</translation>
    </message>
    <message>
        <source>the date and time were shortened to fit</source>
        <translation>la date et l’heure ont été raccourcies pour tenir</translation>
    </message>
    <message>
        <source>the speaker&apos;s name was shortened to fit</source>
        <translation>le nom de l’orateur a été raccourci pour tenir</translation>
    </message>
    <message>
        <source>the affiliation was shortened to fit</source>
        <translation>l’affiliation a été raccourcie pour tenir</translation>
    </message>
</context>
<context>
    <name>Lectern::SiteAnnounce</name>
    <message>
        <source>%1:%2:%3: %4</source>
        <translation>%1:%2:%3&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>not a YAML map</source>
        <translation>pas un dictionnaire YAML</translation>
    </message>
</context>
<context>
    <name>Lectern::SiteCalendar</name>
    <message>
        <source>%1: no Jekyll site here (no _config.yml)</source>
        <translation>%1: pas de site Jekyll ici (aucun _config.yml)</translation>
    </message>
    <message>
        <source>dated after today, and _config.yml has no “future: true”: Jekyll does not publish it yet</source>
        <translation>daté d’après aujourd’hui, et _config.yml ne contient pas «&#xa0;future: true&#xa0;»&#xa0;: Jekyll ne le publie pas encore</translation>
    </message>
    <message>
        <source>its front matter cannot be read</source>
        <translation>son en-tête ne peut pas être lu</translation>
    </message>
    <message>
        <source>same URL (and so the same calendar UID %1) as %2</source>
        <translation>même URL (et donc même UID d’agenda %1) que %2</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: impossible de créer le dossier</translation>
    </message>
</context>
<context>
    <name>Lectern::SiteCalendarExport</name>
    <message>
        <source>Export Site &amp;Calendar…</source>
        <translation>Exporter l’agenda du &amp;site…</translation>
    </message>
    <message>
        <source>Save one calendar with the events of the site&apos;s posts, for the site to publish</source>
        <translation>Enregistrer un agenda regroupant les événements des articles du site, que le site pourra publier</translation>
    </message>
    <message>
        <source>No site calendar: open a post of a Jekyll site first</source>
        <translation>Pas d’agenda du site&#xa0;: ouvrez d’abord un article d’un site Jekyll</translation>
    </message>
    <message>
        <source>The site calendar is still being written</source>
        <translation>L’agenda du site est encore en cours d’écriture</translation>
    </message>
    <message>
        <source>Export Site Calendar</source>
        <translation>Exporter l’agenda du site</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Upcoming events only</source>
        <translation>Événements à &amp;venir uniquement</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>Save Site Calendar</source>
        <translation>Enregistrer l’agenda du site</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Agenda (*.ics)</translation>
    </message>
    <message>
        <source>Writing the site calendar…</source>
        <translation>Écriture de l’agenda du site…</translation>
    </message>
    <message>
        <source>Site calendar not saved: %1</source>
        <translation>Agenda du site non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved %1: %2 event(s)</source>
        <translation>%1 enregistré&#xa0;: %2 événement(s)</translation>
    </message>
    <message>
        <source>, %1 past left out</source>
        <translation>, %1 passé(s) laissé(s) de côté</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>; skipped: %1</source>
        <translation>; ignorés&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes: the calendar is made from the saved posts. Save first to include them.</source>
        <translation>«&#xa0;%1&#xa0;» a des modifications non enregistrées&#xa0;: le calendrier est fait à partir des articles enregistrés. Enregistrez d’abord pour les inclure.</translation>
    </message>
    <message>
        <source>%1 is not in the calendar: %2</source>
        <translation>%1 n’est pas dans le calendrier&#xa0;: %2</translation>
    </message>
    <message>
        <source>the calendar holds no event; subscribed calendars will show none</source>
        <translation>le calendrier ne contient aucun événement&#xa0;; les calendriers abonnés n’en afficheront aucun</translation>
    </message>
</context>
<context>
    <name>Lectern::SiteConfig</name>
    <message>
        <source>_config.yml must be a list of &quot;key: value&quot; lines</source>
        <translation>_config.yml doit être une suite de lignes «&#xa0;clé: valeur&#xa0;»</translation>
    </message>
    <message>
        <source>invalid YAML: %1</source>
        <translation>YAML non valide&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Lectern::SitePaths</name>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>%1: no posts in _posts/</source>
        <translation>%1: aucun article dans _posts/</translation>
    </message>
</context>
<context>
    <name>Lectern::SiteScan</name>
    <message>
        <source>%1: Jekyll skips this post: its name must start with a date, YYYY-MM-DD-</source>
        <translation>%1: Jekyll ignore cet article&#xa0;: son nom doit commencer par une date, AAAA-MM-JJ-</translation>
    </message>
    <message>
        <source>%1: the front matter does not parse</source>
        <translation>%1: l’en-tête ne peut pas être analysé</translation>
    </message>
</context>
<context>
    <name>Lectern::SpellChecker</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: impossible de créer le dossier</translation>
    </message>
</context>
<context>
    <name>Lectern::SpellingService</name>
    <message>
        <source>No spelling dictionary for &quot;%1&quot;: spelling is not checked (installed: %2)</source>
        <translation>Aucun dictionnaire orthographique pour «&#xa0;%1&#xa0;»&#xa0;: l’orthographe n’est pas vérifiée (installés&#xa0;: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Cannot add &quot;%1&quot; to the site&apos;s dictionary: %2</source>
        <translation>Impossible d’ajouter «&#xa0;%1&#xa0;» au dictionnaire du site&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; added to %2</source>
        <translation>«&#xa0;%1&#xa0;» ajouté à %2</translation>
    </message>
</context>
<context>
    <name>Lectern::SpellingWiring</name>
    <message>
        <source>&amp;Spelling</source>
        <translation>&amp;Orthographe</translation>
    </message>
    <message>
        <source>&amp;Check Spelling</source>
        <translation>&amp;Vérifier l’orthographe</translation>
    </message>
    <message>
        <source>&amp;Automatic (Post, Site or System Language)</source>
        <translation>&amp;Automatique (langue de l’article, du site ou du système)</translation>
    </message>
    <message>
        <source>No Dictionaries Installed</source>
        <translation>Aucun dictionnaire installé</translation>
    </message>
    <message>
        <source>No dictionary for &quot;%1&quot;</source>
        <translation>Aucun dictionnaire pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Spelling is not checked: no dictionary is installed for &quot;%1&quot;</source>
        <translation>L’orthographe n’est pas vérifiée&#xa0;: aucun dictionnaire n’est installé pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Looking for Dictionaries…</source>
        <translation>Recherche de dictionnaires…</translation>
    </message>
</context>
<context>
    <name>Lectern::UpdateAction</name>
    <message>
        <source>&amp;Update from Remote</source>
        <translation>&amp;Mettre à jour depuis le dépôt distant</translation>
    </message>
    <message>
        <source>Fetch the site&apos;s repository and bring in your colleagues&apos; published changes</source>
        <translation>Récupérer le dépôt du site et intégrer les modifications publiées par vos collègues</translation>
    </message>
    <message>
        <source>Open a post of the site first.</source>
        <translation>Ouvrez d’abord un article du site.</translation>
    </message>
    <message>
        <source>Updating from the remote…</source>
        <translation>Mise à jour depuis le dépôt distant…</translation>
    </message>
    <message>
        <source>Not updated</source>
        <translation>Non mis à jour</translation>
    </message>
    <message>
        <source>Update from Remote</source>
        <translation>Mettre à jour depuis le dépôt distant</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them before updating? If a colleague changed the same post, Publish will show both versions side by side.</source>
        <translation>«&#xa0;%1&#xa0;» a des modifications non enregistrées. Les enregistrer avant la mise à jour&#xa0;? Si un collègue a modifié le même article, Publier montrera les deux versions côte à côte.</translation>
    </message>
    <message>
        <source>&amp;Save and Update</source>
        <translation>&amp;Enregistrer et mettre à jour</translation>
    </message>
    <message>
        <source>Not updated: nothing was saved or changed.</source>
        <translation>Non mis à jour&#xa0;: rien n’a été enregistré ni modifié.</translation>
    </message>
</context>
<context>
    <name>Lectern::ViewMenus</name>
    <message>
        <source>Post list</source>
        <translation>Liste des articles</translation>
    </message>
    <message>
        <source>Front matter form</source>
        <translation>Formulaire d’en-tête</translation>
    </message>
    <message>
        <source>Markdown editor</source>
        <translation>Éditeur Markdown</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Post List</source>
        <translation>&amp;Liste des articles</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Formulaire</translation>
    </message>
    <message>
        <source>&amp;Editor</source>
        <translation>É&amp;diteur</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <source>Next Pane</source>
        <translation>Volet suivant</translation>
    </message>
    <message>
        <source>Previous Pane</source>
        <translation>Volet précédent</translation>
    </message>
    <message>
        <source>&amp;Go to Pane</source>
        <translation>Aller au &amp;volet</translation>
    </message>
    <message>
        <source>Post List</source>
        <translation>Liste des articles</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>Réinitialiser le &amp;zoom</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Lectern</source>
        <translation>À &amp;propos de Lectern</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>The form or the editor stays shown: show the other first</source>
        <translation>Le formulaire ou l’éditeur reste affiché&#xa0;: affichez d’abord l’autre</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>About Lectern</source>
        <translation>À propos de Lectern</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Lectern %1&lt;/h3&gt;&lt;p&gt;An editor for Jekyll posts: the front matter in a form, the Markdown body beside it and a live preview in the site&apos;s own look.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lectern %1&lt;/h3&gt;&lt;p&gt;Un éditeur d’articles Jekyll&#xa0;: l’en-tête dans un formulaire, le corps Markdown à côté et un aperçu en direct dans l’apparence du site.&lt;/p&gt;&lt;p&gt;Licence&#xa0;: GNU General Public License, version 3 ou ultérieure (GPL-3.0-or-later).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Markdown &amp;Highlighting</source>
        <translation>Coloration syntaxique &amp;Markdown</translation>
    </message>
</context>
<context>
    <name>Lectern::WhenLineBar</name>
    <message>
        <source>Update When: Line</source>
        <translation>Mettre à jour la ligne When:</translation>
    </message>
    <message>
        <source>Keep As Is</source>
        <translation>Laisser tel quel</translation>
    </message>
    <message>
        <source>The date is now %1, but the When: line still says “%2”. Change it to “%3”?</source>
        <translation>La date est maintenant le %1, mais la ligne When: indique toujours «&#xa0;%2&#xa0;». La remplacer par «&#xa0;%3&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <source>Update When: line</source>
        <translation>Mettre à jour la ligne When:</translation>
    </message>
</context>
<context>
    <name>Lectern::WindowState</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>The post last open, %1, is gone; choose one from the list.</source>
        <translation>L’article ouvert en dernier, %1, a disparu&#x202f;; choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <source>The post last open, %1, is gone; nothing opened.</source>
        <translation>L’article ouvert en dernier, %1, a disparu&#x202f;; rien n’a été ouvert.</translation>
    </message>
    <message>
        <source>The site last open, %1, is gone; nothing opened.</source>
        <translation>Le site ouvert en dernier, %1, a disparu&#x202f;; rien n’a été ouvert.</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (manquant)</translation>
    </message>
    <message>
        <source>%1 does not exist any more.</source>
        <translation>%1 n’existe plus.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Site “%1” — its newest post</source>
        <translation>Site «&#xa0;%1&#xa0;» — son article le plus récent</translation>
    </message>
    <message>
        <source>No recent posts or sites</source>
        <translation>Aucun article ni site récent</translation>
    </message>
    <message>
        <source>&amp;Clear Recent</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
</context>
<context>
    <name>lectern-cli</name>
    <message numerus="yes">
        <source>%n post(s) waiting to be published</source>
        <translation>
            <numerusform>%n article en attente de publication</numerusform>
            <numerusform>%n articles en attente de publication</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Editor for Jekyll seminar and news posts</source>
        <translation>Éditeur d’annonces de séminaires et d’actualités Jekyll</translation>
    </message>
    <message>
        <source>Check the installation, open the post, check the three panes, exit 0 or 1.</source>
        <translation>Vérifier l’installation, ouvrir l’article, vérifier les trois volets, sortir avec 0 ou 1.</translation>
    </message>
    <message>
        <source>Write a PNG of the window and exit.</source>
        <translation>Écrire une image PNG de la fenêtre et quitter.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Preview tab to show: post or card.</source>
        <translation>Onglet d’aperçu à afficher&#xa0;: post (article) ou card (vignette).</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>onglet</translation>
    </message>
    <message>
        <source>A post or a site folder.</source>
        <translation>Un article ou un dossier de site.</translation>
    </message>
    <message>
        <source>self-test: could not open %1</source>
        <translation>self-test&#xa0;: impossible d’ouvrir %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d’écrire %1</translation>
    </message>
</context>
</TS>
