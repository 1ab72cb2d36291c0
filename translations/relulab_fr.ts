<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AnimationWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>an empty frame</source>
        <translation>une image vide</translation>
    </message>
    <message>
        <source>the animation was not started</source>
        <translation>l&apos;animation n&apos;a pas été démarrée</translation>
    </message>
    <message>
        <source>no frames to encode</source>
        <translation>aucune image à encoder</translation>
    </message>
</context>
<context>
    <name>CompareRun</name>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>Leaky ReLU α = %1</source>
        <translation>Leaky ReLU α = %1</translation>
    </message>
    <message>
        <source>PReLU</source>
        <translation>PReLU</translation>
    </message>
    <message>
        <source>Maxout k = %1</source>
        <translation>Maxout k = %1</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation>Sigmoid</translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
</context>
<context>
    <name>ControlPanel</name>
    <message>
        <source>Explorer controls</source>
        <translation>Commandes de l&apos;explorateur</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>Fonctions</translation>
    </message>
    <message>
        <source>&amp;ReLU  (solid)</source>
        <translation>&amp;ReLU  (continu)</translation>
    </message>
    <message>
        <source>Show ReLU(z) = max(0, z) and its derivative (blue, solid line, round markers).</source>
        <translation>Afficher ReLU(z) = max(0, z) et sa dérivée (bleu, trait continu, marqueurs ronds).</translation>
    </message>
    <message>
        <source>Show ReLU</source>
        <translation>Afficher ReLU</translation>
    </message>
    <message>
        <source>&amp;Leaky ReLU  (dashed)</source>
        <translation>&amp;Leaky ReLU  (tirets)</translation>
    </message>
    <message>
        <source>Show Leaky ReLU(z) = max(αz, z) and its derivative (vermillion, dashed line, square markers).</source>
        <translation>Afficher Leaky ReLU(z) = max(αz, z) et sa dérivée (vermillon, tirets, marqueurs carrés).</translation>
    </message>
    <message>
        <source>Show Leaky ReLU</source>
        <translation>Afficher Leaky ReLU</translation>
    </message>
    <message>
        <source>&amp;Maxout  (dash-dot)</source>
        <translation>&amp;Maxout  (tiret-point)</translation>
    </message>
    <message>
        <source>Show the maxout unit max_i(w_i z + b_i), its pieces and its derivative (bluish green, dash-dot line, diamond markers).</source>
        <translation>Afficher le neurone maxout max_i(w_i z + b_i), ses morceaux et sa dérivée (vert bleuté, trait tiret-point, marqueurs en losange).</translation>
    </message>
    <message>
        <source>Show Maxout</source>
        <translation>Afficher Maxout</translation>
    </message>
    <message>
        <source>Smooth cousins ▾</source>
        <translation>Variantes lisses ▾</translation>
    </message>
    <message>
        <source>Show smooth activations for contrast: no kink, the derivative never jumps.</source>
        <translation>Afficher des activations lisses pour comparer&#xa0;: pas de point anguleux, la dérivée ne saute jamais.</translation>
    </message>
    <message>
        <source>Show the smooth cousins</source>
        <translation>Afficher les variantes lisses</translation>
    </message>
    <message>
        <source>Smooth cousins</source>
        <translation>Variantes lisses</translation>
    </message>
    <message>
        <source>Softplus  (dotted)</source>
        <translation>Softplus  (pointillé)</translation>
    </message>
    <message>
        <source>Softplus(z) = log(1 + e^(βz)) / β: a smooth ReLU.</source>
        <translation>Softplus(z) = log(1 + e^(βz)) / β&#xa0;: une ReLU lisse.</translation>
    </message>
    <message>
        <source>Show Softplus</source>
        <translation>Afficher Softplus</translation>
    </message>
    <message>
        <source>Softplus sharpness β (&gt; 0): the larger, the closer to ReLU.</source>
        <translation>Raideur β de Softplus (&gt; 0)&#xa0;: plus elle est grande, plus on est proche de ReLU.</translation>
    </message>
    <message>
        <source>Softplus beta</source>
        <translation>Bêta de Softplus</translation>
    </message>
    <message>
        <source>ELU  (dash-dot-dot)</source>
        <translation>ELU  (tiret-point-point)</translation>
    </message>
    <message>
        <source>ELU(z) = z for z &gt; 0, e^z − 1 otherwise (α = 1).</source>
        <translation>ELU(z) = z pour z &gt; 0, e^z − 1 sinon (α = 1).</translation>
    </message>
    <message>
        <source>Show ELU</source>
        <translation>Afficher ELU</translation>
    </message>
    <message>
        <source>GELU  (long dashes)</source>
        <translation>GELU  (tirets longs)</translation>
    </message>
    <message>
        <source>GELU(z) = z · Φ(z), Φ the standard normal CDF.</source>
        <translation>GELU(z) = z · Φ(z), Φ la fonction de répartition de la loi normale centrée réduite.</translation>
    </message>
    <message>
        <source>Show GELU</source>
        <translation>Afficher GELU</translation>
    </message>
    <message>
        <source>SiLU  (fine dots)</source>
        <translation>SiLU  (points fins)</translation>
    </message>
    <message>
        <source>SiLU(z) = z · σ(z), also called swish.</source>
        <translation>SiLU(z) = z · σ(z), aussi appelée swish.</translation>
    </message>
    <message>
        <source>Show SiLU</source>
        <translation>Afficher SiLU</translation>
    </message>
    <message>
        <source>Sigmoid  (long dash-dot)</source>
        <translation>Sigmoid  (tiret long-point)</translation>
    </message>
    <message>
        <source>σ(z) = 1 / (1 + e^−z), what ReLU replaced: it saturates on both sides and σ′ ≤ 1/4 (at 0), so gradients vanish through many layers.</source>
        <translation>σ(z) = 1 / (1 + e^−z), ce que ReLU a remplacé&#xa0;: elle sature des deux côtés et σ′ ≤ 1/4 (en 0), donc les gradients disparaissent à travers de nombreuses couches.</translation>
    </message>
    <message>
        <source>Show Sigmoid</source>
        <translation>Afficher Sigmoid</translation>
    </message>
    <message>
        <source>Tanh  (very long dashes)</source>
        <translation>Tanh  (tirets très longs)</translation>
    </message>
    <message>
        <source>tanh(z) = (e^z − e^−z) / (e^z + e^−z): saturates on both sides, tanh′ ≤ 1 (at 0), zero-centred.</source>
        <translation>tanh(z) = (e^z − e^−z) / (e^z + e^−z)&#xa0;: sature des deux côtés, tanh′ ≤ 1 (en 0), centrée en zéro.</translation>
    </message>
    <message>
        <source>Show Tanh</source>
        <translation>Afficher Tanh</translation>
    </message>
    <message>
        <source>Leaky slope α</source>
        <translation>Pente leaky α</translation>
    </message>
    <message>
        <source>Leaky ReLU negative slope α. Fine steps near 0; the spin box takes any value in [−1, 1]. Also: drag the dashed curve left of 0 on the plot.</source>
        <translation>Pente négative α de Leaky ReLU. Pas fins près de 0&#xa0;; le champ numérique accepte toute valeur dans [−1, 1]. Aussi&#xa0;: faire glisser la courbe en tirets à gauche de 0 sur le graphique.</translation>
    </message>
    <message>
        <source>Leaky slope alpha slider</source>
        <translation>Curseur de la pente leaky alpha</translation>
    </message>
    <message>
        <source>Leaky ReLU negative slope α in [−1, 1] (PyTorch default 0.01, Keras 0.3, PReLU starts at 0.25).</source>
        <translation>Pente négative α de Leaky ReLU dans [−1, 1] (défaut PyTorch 0,01, Keras 0,3, PReLU démarre à 0,25).</translation>
    </message>
    <message>
        <source>Leaky slope alpha</source>
        <translation>Pente leaky alpha</translation>
    </message>
    <message>
        <source>Input range z</source>
        <translation>Intervalle d&apos;entrée z</translation>
    </message>
    <message>
        <source>lo</source>
        <translation>de</translation>
    </message>
    <message>
        <source>Left end of the z range. Also: drag empty plot space to pan, wheel to zoom.</source>
        <translation>Borne gauche de l&apos;intervalle de z. Aussi&#xa0;: faire glisser une zone vide du graphique pour le déplacer, molette pour zoomer.</translation>
    </message>
    <message>
        <source>Range low slider</source>
        <translation>Curseur de la borne inférieure</translation>
    </message>
    <message>
        <source>Left end of the z range (must be below hi).</source>
        <translation>Borne gauche de l&apos;intervalle de z (doit être inférieure à «&#xa0;à&#xa0;»).</translation>
    </message>
    <message>
        <source>Range low</source>
        <translation>Borne inférieure</translation>
    </message>
    <message>
        <source>hi</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Right end of the z range.</source>
        <translation>Borne droite de l&apos;intervalle de z.</translation>
    </message>
    <message>
        <source>Range high slider</source>
        <translation>Curseur de la borne supérieure</translation>
    </message>
    <message>
        <source>Right end of the z range (must be above lo).</source>
        <translation>Borne droite de l&apos;intervalle de z (doit être supérieure à «&#xa0;de&#xa0;»).</translation>
    </message>
    <message>
        <source>Range high</source>
        <translation>Borne supérieure</translation>
    </message>
    <message>
        <source>zoom</source>
        <translation>zoom</translation>
    </message>
    <message>
        <source>Symmetric zoom: the half-width of the range around its centre, from 0.01 to 1000 (logarithmic).</source>
        <translation>Zoom symétrique&#xa0;: la demi-largeur de l&apos;intervalle autour de son centre, de 0,01 à 1000 (logarithmique).</translation>
    </message>
    <message>
        <source>Zoom half-width slider</source>
        <translation>Curseur de la demi-largeur</translation>
    </message>
    <message>
        <source>±10</source>
        <translation>±10</translation>
    </message>
    <message>
        <source>Half-width of the z range.</source>
        <translation>Demi-largeur de l&apos;intervalle de z.</translation>
    </message>
    <message>
        <source>Zoom half-width</source>
        <translation>Demi-largeur</translation>
    </message>
    <message>
        <source>Maxout pieces</source>
        <translation>Morceaux maxout</translation>
    </message>
    <message>
        <source>The maxout pieces slope·z + intercept. Double-click a number to edit it. State: active (part of the envelope), hidden (never the maximum) or duplicate.</source>
        <translation>Les morceaux maxout pente·z + ordonnée à l&apos;origine. Double-cliquer sur un nombre pour le modifier. État&#xa0;: actif (fait partie de l&apos;enveloppe), caché (jamais le maximum) ou doublon.</translation>
    </message>
    <message>
        <source>Maxout pieces table</source>
        <translation>Tableau des morceaux maxout</translation>
    </message>
    <message>
        <source>Add piece</source>
        <translation>Ajouter un morceau</translation>
    </message>
    <message>
        <source>Add a maxout piece (at most 8).</source>
        <translation>Ajouter un morceau maxout (8 au plus).</translation>
    </message>
    <message>
        <source>Add maxout piece</source>
        <translation>Ajouter un morceau maxout</translation>
    </message>
    <message>
        <source>Remove piece</source>
        <translation>Retirer le morceau</translation>
    </message>
    <message>
        <source>Remove the selected maxout piece (at least 1 stays).</source>
        <translation>Retirer le morceau maxout sélectionné (il en reste au moins 1).</translation>
    </message>
    <message>
        <source>Remove maxout piece</source>
        <translation>Retirer un morceau maxout</translation>
    </message>
    <message>
        <source>Replace the pieces by a preset: ReLU, Leaky ReLU with the current α, |z|, a 3- or 5-piece parabola, random pieces.</source>
        <translation>Remplacer les morceaux par un préréglage&#xa0;: ReLU, Leaky ReLU avec l&apos;α actuel, |z|, une parabole à 3 ou 5 morceaux, des morceaux aléatoires.</translation>
    </message>
    <message>
        <source>Maxout preset</source>
        <translation>Préréglage maxout</translation>
    </message>
    <message>
        <source>Derivative at a kink</source>
        <translation>Dérivée en un point anguleux</translation>
    </message>
    <message>
        <source>Convention</source>
        <translation>Convention</translation>
    </message>
    <message>
        <source>Which value f′ takes at a kink. left: the left derivative (PyTorch/TensorFlow for ReLU and Leaky ReLU: 0 and α; for maxout the smallest tied slope, which no framework computes); right: the right-hand slope; mean: their average; first: PyTorch (relu, leaky_relu, and maxout as max over the piece dimension: the first maximal piece in table order).</source>
        <translation>Valeur prise par f′ en un point anguleux. gauche&#xa0;: la dérivée à gauche (PyTorch/TensorFlow pour ReLU et Leaky ReLU&#xa0;: 0 et α&#xa0;; pour maxout la plus petite des pentes à égalité, qu&apos;aucun framework ne calcule)&#xa0;; droite&#xa0;: la pente à droite&#xa0;; moyenne&#xa0;: leur moyenne&#xa0;; premier&#xa0;: PyTorch (relu, leaky_relu, et maxout comme max sur la dimension des morceaux&#xa0;: le premier morceau maximal dans l&apos;ordre du tableau).</translation>
    </message>
    <message>
        <source>Kink convention</source>
        <translation>Convention au point anguleux</translation>
    </message>
    <message>
        <source>Show subgradient set</source>
        <translation>Afficher l&apos;ensemble des sous-gradients</translation>
    </message>
    <message>
        <source>Draw a bar over the subgradient interval [left, right] at each kink.</source>
        <translation>Tracer une barre sur l&apos;intervalle des sous-gradients [gauche, droite] à chaque point anguleux.</translation>
    </message>
</context>
<context>
    <name>ExampleEditing</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ExplorerSettings</name>
    <message>
        <source>the leaky slope α must be a number in [-1, 1]</source>
        <translation>la pente leaky α doit être un nombre dans [-1, 1]</translation>
    </message>
    <message>
        <source>the range bounds must be finite numbers</source>
        <translation>les bornes de l&apos;intervalle doivent être des nombres finis</translation>
    </message>
    <message>
        <source>the range needs lo &lt; hi</source>
        <translation>l&apos;intervalle exige «&#xa0;de&#xa0;» &lt; «&#xa0;à&#xa0;»</translation>
    </message>
    <message>
        <source>the range bounds must lie in [-1e6, 1e6]</source>
        <translation>les bornes de l&apos;intervalle doivent être dans [-1e6, 1e6]</translation>
    </message>
    <message>
        <source>the range must be at least 1e-6 wide</source>
        <translation>l&apos;intervalle doit avoir une largeur d&apos;au moins 1e-6</translation>
    </message>
    <message>
        <source>maxout needs between 1 and 8 pieces</source>
        <translation>maxout exige entre 1 et 8 morceaux</translation>
    </message>
    <message>
        <source>maxout slopes and intercepts must be finite numbers</source>
        <translation>les pentes et ordonnées à l&apos;origine de maxout doivent être des nombres finis</translation>
    </message>
    <message>
        <source>the number of samples must be between 2 and 1000000</source>
        <translation>le nombre d&apos;échantillons doit être compris entre 2 et 1000000</translation>
    </message>
    <message>
        <source>the softplus β must be a number &gt; 0</source>
        <translation>le β de softplus doit être un nombre &gt; 0</translation>
    </message>
    <message>
        <source>at most %1 curves can be pinned</source>
        <translation>%1 courbes au plus peuvent être épinglées</translation>
    </message>
    <message>
        <source>pinned curve: %1</source>
        <translation>courbe épinglée&#xa0;: %1</translation>
    </message>
    <message>
        <source>a pinned curve&apos;s label is at most 200 characters</source>
        <translation>l&apos;étiquette d&apos;une courbe épinglée a 200 caractères au plus</translation>
    </message>
    <message>
        <source>%1, α = %2</source>
        <translation>%1, α = %2</translation>
    </message>
    <message>
        <source>%1, k = %2</source>
        <translation>%1, k = %2</translation>
    </message>
    <message>
        <source>%1, β = %2</source>
        <translation>%1, β = %2</translation>
    </message>
</context>
<context>
    <name>ExplorerText</name>
    <message>
        <source>left</source>
        <translation>gauche</translation>
    </message>
    <message>
        <source>right</source>
        <translation>droite</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>first</source>
        <translation>premier</translation>
    </message>
    <message>
        <source>∈ [%1, %2], kink: %3 convention takes %4</source>
        <translation>∈ [%1, %2], point anguleux&#xa0;: la convention %3 prend %4</translation>
    </message>
    <message>
        <source>No function is shown: tick one under Functions.</source>
        <translation>Aucune fonction affichée&#xa0;: cochez-en une sous Fonctions.</translation>
    </message>
</context>
<context>
    <name>FunctionId</name>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <source>Maxout</source>
        <translation>Maxout</translation>
    </message>
    <message>
        <source>Softplus</source>
        <translation>Softplus</translation>
    </message>
    <message>
        <source>ELU</source>
        <translation>ELU</translation>
    </message>
    <message>
        <source>GELU</source>
        <translation>GELU</translation>
    </message>
    <message>
        <source>SiLU</source>
        <translation>SiLU</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation>Sigmoid</translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
</context>
<context>
    <name>GifEncoder</name>
    <message>
        <source>no frames to encode</source>
        <translation>aucune image à encoder</translation>
    </message>
    <message>
        <source>giflib could not start: %1</source>
        <translation>giflib n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>giflib failed to write the %1: %2</source>
        <translation>giflib n&apos;a pas pu écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>giflib failed to finish the file: %1</source>
        <translation>giflib n&apos;a pas pu terminer le fichier&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>HistoryJson</name>
    <message>
        <source>must be base64 of little-endian doubles</source>
        <translation>doit être du base64 de doubles little-endian</translation>
    </message>
    <message>
        <source>must be base64 of little-endian 32-bit indices</source>
        <translation>doit être du base64 d&apos;indices 32 bits little-endian</translation>
    </message>
    <message>
        <source>: at most %1 entries, got %2</source>
        <translation>: %1 entrées au plus, %2 reçues</translation>
    </message>
    <message>
        <source>: must be greater than the previous entry&apos;s (%1)</source>
        <translation>: doit être supérieur à celui de l&apos;entrée précédente (%1)</translation>
    </message>
    <message>
        <source>: must not be past the network&apos;s step (%1)</source>
        <translation>: ne doit pas dépasser le pas du réseau (%1)</translation>
    </message>
    <message>
        <source>: is required on the first entry</source>
        <translation>: est obligatoire pour la première entrée</translation>
    </message>
    <message>
        <source>: expected %1 finite numbers</source>
        <translation>: %1 nombres finis attendus</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>doit être un nombre fini</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>doit être un entier de %1 à %2</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>doit être un objet JSON</translation>
    </message>
    <message>
        <source>unknown key (known: %1)</source>
        <translation>clé inconnue (connues&#xa0;: %1)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit être true ou false</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>doit être l&apos;un de %1</translation>
    </message>
    <message>
        <source>must be one of %1, got &apos;%2&apos;</source>
        <translation>doit être l&apos;un de %1, reçu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>doit être un tableau</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <source>a lesson file is at most 1 MB; this one is %1 bytes</source>
        <translation>un fichier de leçon fait 1 Mo au plus&#xa0;; celui-ci fait %1 octets</translation>
    </message>
    <message>
        <source>a lesson is a JSON object</source>
        <translation>une leçon est un objet JSON</translation>
    </message>
    <message>
        <source>format: must be &quot;%1&quot;</source>
        <translation>format&#xa0;: doit être &quot;%1&quot;</translation>
    </message>
    <message>
        <source>version: this ReLU Lab reads lesson version %1, the file has version %2</source>
        <translation>version&#xa0;: ce ReLU Lab lit les leçons de version %1, le fichier est en version %2</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>must not be empty (leave it out instead)</source>
        <translation>ne doit pas être vide (omettez-le plutôt)</translation>
    </message>
    <message>
        <source>: must be a non-empty string</source>
        <translation>: doit être une chaîne non vide</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>: must be an object</source>
        <translation>: doit être un objet</translation>
    </message>
    <message>
        <source>: not a language code such as &quot;de&quot; or &quot;pt_BR&quot;</source>
        <translation>: pas un code de langue comme &quot;de&quot; ou &quot;pt_BR&quot;</translation>
    </message>
</context>
<context>
    <name>Mp4Encoder</name>
    <message>
        <source>the H.264 encoder refused a frame: %1</source>
        <translation>l&apos;encodeur H.264 a refusé une image&#xa0;: %1</translation>
    </message>
    <message>
        <source>H.264 encoding failed: %1</source>
        <translation>échec de l&apos;encodage H.264&#xa0;: %1</translation>
    </message>
    <message>
        <source>could not write the MP4: %1</source>
        <translation>impossible d&apos;écrire le MP4&#xa0;: %1</translation>
    </message>
    <message>
        <source>FFmpeg has no MP4 muxer: %1</source>
        <translation>FFmpeg n&apos;a pas de multiplexeur MP4&#xa0;: %1</translation>
    </message>
    <message>
        <source>this FFmpeg has no H.264 encoder (libx264)</source>
        <translation>ce FFmpeg n&apos;a pas d&apos;encodeur H.264 (libx264)</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <source>could not open the H.264 encoder: %1</source>
        <translation>impossible d&apos;ouvrir l&apos;encodeur H.264&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>could not start the MP4: %1</source>
        <translation>impossible de démarrer le MP4&#xa0;: %1</translation>
    </message>
    <message>
        <source>the MP4 is not open</source>
        <translation>le MP4 n&apos;est pas ouvert</translation>
    </message>
    <message>
        <source>could not convert the frame to YUV</source>
        <translation>impossible de convertir l&apos;image en YUV</translation>
    </message>
    <message>
        <source>could not finish the MP4: %1</source>
        <translation>impossible de terminer le MP4&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Pinning</name>
    <message>
        <source>At most %1 curves can be pinned: unpin some first (Shift+P clears them all).</source>
        <translation>%1 courbes au plus peuvent être épinglées&#xa0;: désépinglez-en d&apos;abord (Maj+P les retire toutes).</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>pinned: %1</source>
        <translation>épinglée&#xa0;: %1</translation>
    </message>
    <message>
        <source>z (pre-activation)</source>
        <translation>z (pré-activation)</translation>
    </message>
    <message>
        <source>The f(z) plot</source>
        <translation>Le graphique f(z)</translation>
    </message>
    <message>
        <source>The f′(z) plot</source>
        <translation>Le graphique f′(z)</translation>
    </message>
    <message>
        <source>Both explorer plots</source>
        <translation>Les deux graphiques de l&apos;explorateur</translation>
    </message>
    <message>
        <source>The whole Explorer view</source>
        <translation>Toute la vue Explorateur</translation>
    </message>
    <message>
        <source>The whole Training view</source>
        <translation>Toute la vue Entraînement</translation>
    </message>
    <message>
        <source>Loss and dead-unit curves</source>
        <translation>Courbes de la perte et des neurones morts</translation>
    </message>
    <message>
        <source>Data and prediction (input space)</source>
        <translation>Données et prédiction (espace d&apos;entrée)</translation>
    </message>
    <message>
        <source>Network diagram</source>
        <translation>Schéma du réseau</translation>
    </message>
    <message>
        <source>not enough memory for a %1 × %2 image</source>
        <translation>mémoire insuffisante pour une image de %1 × %2</translation>
    </message>
    <message>
        <source>could not encode the PNG image</source>
        <translation>impossible d&apos;encoder l&apos;image PNG</translation>
    </message>
    <message>
        <source>Activation functions and their derivatives</source>
        <translation>Fonctions d&apos;activation et leurs dérivées</translation>
    </message>
    <message>
        <source>could not start the SVG painter</source>
        <translation>impossible de démarrer le rendu SVG</translation>
    </message>
    <message>
        <source>could not start the PDF painter</source>
        <translation>impossible de démarrer le rendu PDF</translation>
    </message>
    <message>
        <source>nothing to draw</source>
        <translation>rien à dessiner</translation>
    </message>
    <message>
        <source>step %1 · loss %2 (test %3)</source>
        <translation>pas %1 · perte %2 (test %3)</translation>
    </message>
    <message>
        <source> · test accuracy %1%</source>
        <translation> · précision en test %1&#xa0;%</translation>
    </message>
    <message>
        <source> · dead %1 / %2</source>
        <translation> · morts %1 / %2</translation>
    </message>
    <message>
        <source> · starved %1</source>
        <translation> · affamés %1</translation>
    </message>
    <message>
        <source> · &lt;b&gt;collapsed&lt;/b&gt;</source>
        <translation> · &lt;b&gt;effondré&lt;/b&gt;</translation>
    </message>
    <message>
        <source> · &lt;b&gt;diverged&lt;/b&gt;</source>
        <translation> · &lt;b&gt;divergé&lt;/b&gt;</translation>
    </message>
    <message>
        <source>could not grab the picture</source>
        <translation>impossible de capturer l&apos;image</translation>
    </message>
    <message>
        <source>solid line</source>
        <translation>trait continu</translation>
    </message>
    <message>
        <source>dashed line</source>
        <translation>tirets</translation>
    </message>
    <message>
        <source>dash-dot line</source>
        <translation>trait tiret-point</translation>
    </message>
    <message>
        <source>dotted line</source>
        <translation>pointillé</translation>
    </message>
    <message>
        <source>dash-dot-dot line</source>
        <translation>trait tiret-point-point</translation>
    </message>
    <message>
        <source>long-dashed line</source>
        <translation>tirets longs</translation>
    </message>
    <message>
        <source>fine dotted line</source>
        <translation>pointillé fin</translation>
    </message>
    <message>
        <source>long dash-dot line</source>
        <translation>trait tiret long-point</translation>
    </message>
    <message>
        <source>very long-dashed line</source>
        <translation>tirets très longs</translation>
    </message>
</context>
<context>
    <name>RunHistory</name>
    <message>
        <source>dead from step %1</source>
        <translation>mort depuis le pas %1</translation>
    </message>
    <message>
        <source>at step %1</source>
        <translation>au pas %1</translation>
    </message>
    <message>
        <source>between steps %1 and %2</source>
        <translation>entre les pas %1 et %2</translation>
    </message>
    <message>
        <source>died %1</source>
        <translation>mort %1</translation>
    </message>
    <message>
        <source>revived %1</source>
        <translation>ranimé %1</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier change(s)</source>
        <translation>
            <numerusform>%n changement antérieur</numerusform>
            <numerusform>%n changements antérieurs</numerusform>
        </translation>
    </message>
    <message>
        <source>no such step in the history</source>
        <translation>ce pas n&apos;est pas dans l&apos;historique</translation>
    </message>
    <message>
        <source>training on from step %1 does not give the weights kept at step %2</source>
        <translation>reprendre l&apos;entraînement au pas %1 ne redonne pas les poids conservés au pas %2</translation>
    </message>
</context>
<context>
    <name>SessionDocument</name>
    <message>
        <source>ReLU Lab sessions (*.relulab);;All files (*)</source>
        <translation>Sessions ReLU Lab (*.relulab);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>SessionFile</name>
    <message>
        <source>at most %1 numbers, got %2</source>
        <translation>%1 nombres au plus, %2 reçus</translation>
    </message>
    <message>
        <source>must be a number in (0, 1]</source>
        <translation>doit être un nombre dans (0, 1]</translation>
    </message>
    <message>
        <source>at most %1 entries, got %2</source>
        <translation>%1 entrées au plus, %2 reçues</translation>
    </message>
    <message>
        <source>must be 16 hexadecimal digits</source>
        <translation>doit comporter 16 chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>the file must hold a JSON object</source>
        <translation>le fichier doit contenir un objet JSON</translation>
    </message>
    <message>
        <source>format: is required; this is not a ReLU Lab session</source>
        <translation>format&#xa0;: obligatoire&#xa0;; ce n&apos;est pas une session ReLU Lab</translation>
    </message>
    <message>
        <source>format: must be &quot;%1&quot;; this is not a ReLU Lab session</source>
        <translation>format&#xa0;: doit être &quot;%1&quot;&#xa0;; ce n&apos;est pas une session ReLU Lab</translation>
    </message>
    <message>
        <source>version: is required</source>
        <translation>version&#xa0;: obligatoire</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>le fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>it is a directory</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <source>the file has %1 bytes, more than a session can have (at most %2 MB)</source>
        <translation>le fichier fait %1 octets, plus qu&apos;une session ne peut en avoir (%2 Mo au plus)</translation>
    </message>
    <message>
        <source>the file is larger than any session</source>
        <translation>le fichier est plus grand que toute session</translation>
    </message>
    <message>
        <source>the network&apos;s weights are not finite numbers (the run diverged)</source>
        <translation>les poids du réseau ne sont pas des nombres finis (l&apos;exécution a divergé)</translation>
    </message>
    <message>
        <source>version: this ReLU Lab reads version 1 to %1 sessions, the file is version %2 (saved by a newer ReLU Lab?)</source>
        <translation>version&#xa0;: ce ReLU Lab lit les sessions de version 1 à %1, le fichier est en version %2 (enregistré par un ReLU Lab plus récent&#xa0;?)</translation>
    </message>
</context>
<context>
    <name>SettingsUndo</name>
    <message>
        <source>change α to %1</source>
        <translation>changer α en %1</translation>
    </message>
    <message>
        <source>change range to %1 … %2</source>
        <translation>changer l&apos;intervalle en %1 … %2</translation>
    </message>
    <message>
        <source>change maxout pieces</source>
        <translation>modifier les morceaux maxout</translation>
    </message>
    <message>
        <source>add maxout piece</source>
        <translation>ajouter un morceau maxout</translation>
    </message>
    <message>
        <source>remove maxout piece</source>
        <translation>retirer un morceau maxout</translation>
    </message>
    <message>
        <source>use the %1 convention</source>
        <translation>utiliser la convention %1</translation>
    </message>
    <message>
        <source>change shown functions</source>
        <translation>changer les fonctions affichées</translation>
    </message>
    <message>
        <source>show %1</source>
        <translation>afficher %1</translation>
    </message>
    <message>
        <source>hide %1</source>
        <translation>masquer %1</translation>
    </message>
    <message>
        <source>show subgradient sets</source>
        <translation>afficher les ensembles des sous-gradients</translation>
    </message>
    <message>
        <source>hide subgradient sets</source>
        <translation>masquer les ensembles des sous-gradients</translation>
    </message>
    <message>
        <source>change samples to %1</source>
        <translation>changer les échantillons en %1</translation>
    </message>
    <message>
        <source>change softplus β to %1</source>
        <translation>changer le β de softplus en %1</translation>
    </message>
    <message>
        <source>change pinned curves</source>
        <translation>modifier les courbes épinglées</translation>
    </message>
    <message>
        <source>pin %1</source>
        <translation>épingler %1</translation>
    </message>
    <message>
        <source>unpin %1</source>
        <translation>désépingler %1</translation>
    </message>
    <message>
        <source>change explorer settings</source>
        <translation>modifier les réglages de l&apos;explorateur</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <source>PReLU</source>
        <translation>PReLU</translation>
    </message>
    <message>
        <source>Maxout</source>
        <translation>Maxout</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation>Sigmoid</translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <source>change data set to %1</source>
        <translation>changer le jeu de données en %1</translation>
    </message>
    <message>
        <source>change the examples</source>
        <translation>modifier les exemples</translation>
    </message>
    <message>
        <source>add an example</source>
        <translation>ajouter un exemple</translation>
    </message>
    <message>
        <source>remove an example</source>
        <translation>retirer un exemple</translation>
    </message>
    <message>
        <source>change noise to %1</source>
        <translation>changer le bruit en %1</translation>
    </message>
    <message>
        <source>change hidden layers to %1</source>
        <translation>changer les couches cachées en %1</translation>
    </message>
    <message>
        <source>change activation to %1</source>
        <translation>changer l&apos;activation en %1</translation>
    </message>
    <message>
        <source>change the network&apos;s α to %1</source>
        <translation>changer l&apos;α du réseau en %1</translation>
    </message>
    <message>
        <source>change pieces per unit to %1</source>
        <translation>changer les morceaux par neurone en %1</translation>
    </message>
    <message>
        <source>change initialisation to %1</source>
        <translation>changer l&apos;initialisation en %1</translation>
    </message>
    <message>
        <source>change bias init to %1</source>
        <translation>changer l&apos;initialisation des biais en %1</translation>
    </message>
    <message>
        <source>change optimiser to %1</source>
        <translation>changer l&apos;optimiseur en %1</translation>
    </message>
    <message>
        <source>change learning rate to %1</source>
        <translation>changer le taux d&apos;apprentissage en %1</translation>
    </message>
    <message>
        <source>change batch to %1</source>
        <translation>changer le lot en %1</translation>
    </message>
    <message>
        <source>change L2 to %1</source>
        <translation>changer L2 en %1</translation>
    </message>
    <message>
        <source>change seed to %1</source>
        <translation>changer la graine en %1</translation>
    </message>
    <message>
        <source>change training setup</source>
        <translation>modifier la configuration d&apos;entraînement</translation>
    </message>
    <message>
        <source>He normal</source>
        <translation>He normale</translation>
    </message>
    <message>
        <source>He uniform</source>
        <translation>He uniforme</translation>
    </message>
    <message>
        <source>Xavier</source>
        <translation>Xavier</translation>
    </message>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
</context>
<context>
    <name>StateJson</name>
    <message>
        <source>the softplus β must be a number &gt; 0</source>
        <translation>le β de softplus doit être un nombre &gt; 0</translation>
    </message>
    <message>
        <source>must be at most 200 characters</source>
        <translation>doit faire 200 caractères au plus</translation>
    </message>
    <message>
        <source>%1: at most %2 examples, got %3</source>
        <translation>%1&#xa0;: %2 exemples au plus, %3 reçus</translation>
    </message>
    <message>
        <source>%1: must be [x1, x2, label] or [x, y]</source>
        <translation>%1&#xa0;: doit être [x1, x2, label] ou [x, y]</translation>
    </message>
    <message>
        <source>%1: must hold %2 numbers like the first row</source>
        <translation>%1&#xa0;: doit contenir %2 nombres comme la première ligne</translation>
    </message>
    <message>
        <source>%1: a label must be 0 or 1</source>
        <translation>%1&#xa0;: une étiquette doit valoir 0 ou 1</translation>
    </message>
    <message>
        <source>%1: a data set needs at least 4 examples, got %2</source>
        <translation>%1&#xa0;: un jeu de données exige au moins 4 exemples, %2 reçus</translation>
    </message>
    <message>
        <source>%1: must be an array</source>
        <translation>%1&#xa0;: doit être un tableau</translation>
    </message>
    <message>
        <source>must lie in [-1e6, 1e6]</source>
        <translation>doit être dans [-1e6, 1e6]</translation>
    </message>
    <message>
        <source>%1: must be one of %2</source>
        <translation>%1&#xa0;: doit être l&apos;un de %2</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is listed twice</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» figure deux fois</translation>
    </message>
    <message>
        <source>at most %1 curves can be pinned, got %2</source>
        <translation>%1 courbes au plus peuvent être épinglées, %2 reçues</translation>
    </message>
    <message>
        <source>must be a number in [0, 10]</source>
        <translation>doit être un nombre dans [0, 10]</translation>
    </message>
    <message>
        <source>%1: 1 to %2 hidden layers, got %3</source>
        <translation>%1&#xa0;: 1 à %2 couches cachées, %3 reçues</translation>
    </message>
    <message>
        <source>must be a number in [0, 1)</source>
        <translation>doit être un nombre dans [0, 1)</translation>
    </message>
    <message>
        <source>must be a number &gt; 0</source>
        <translation>doit être un nombre &gt; 0</translation>
    </message>
    <message>
        <source>must be a number &gt;= 0</source>
        <translation>doit être un nombre &gt;= 0</translation>
    </message>
</context>
<context>
    <name>TrainingSetup</name>
    <message>
        <source>unknown data set &apos;%1&apos;</source>
        <translation>jeu de données inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the number of samples must be between %1 and %2</source>
        <translation>le nombre d&apos;exemples doit être compris entre %1 et %2</translation>
    </message>
    <message>
        <source>the noise must be a number in [0, 10]</source>
        <translation>le bruit doit être un nombre dans [0, 10]</translation>
    </message>
    <message>
        <source>a data set needs at least 4 examples</source>
        <translation>un jeu de données exige au moins 4 exemples</translation>
    </message>
    <message>
        <source>the data&apos;s inputs and targets disagree in size</source>
        <translation>les entrées et les cibles des données n&apos;ont pas la même taille</translation>
    </message>
    <message>
        <source>example %1 of the data has a value that is not a finite number</source>
        <translation>l&apos;exemple %1 des données a une valeur qui n&apos;est pas un nombre fini</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>expected a header such as &apos;x1,x2,label&apos; or &apos;x,y&apos;, got numbers</source>
        <translation>un en-tête comme «&#xa0;x1,x2,label&#xa0;» ou «&#xa0;x,y&#xa0;» était attendu, des nombres ont été trouvés</translation>
    </message>
    <message>
        <source>expected 2 numbers (x,y) or 3 (x1,x2,label), got %1</source>
        <translation>2 nombres (x,y) ou 3 (x1,x2,label) attendus, %1 trouvés</translation>
    </message>
    <message>
        <source>expected %1 numbers, got %2</source>
        <translation>%1 nombres attendus, %2 trouvés</translation>
    </message>
    <message>
        <source>column %1 is empty</source>
        <translation>la colonne %1 est vide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a finite number</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre fini</translation>
    </message>
    <message>
        <source>label must be 0 or 1, got &apos;%1&apos;</source>
        <translation>l&apos;étiquette doit valoir 0 ou 1, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>no data rows</source>
        <translation>aucune ligne de données</translation>
    </message>
    <message>
        <source>need at least 4 examples, got %1</source>
        <translation>au moins 4 exemples nécessaires, %1 trouvés</translation>
    </message>
    <message>
        <source>inputs must be 1 or 2</source>
        <translation>les entrées doivent être 1 ou 2</translation>
    </message>
    <message>
        <source>classification needs 2 inputs</source>
        <translation>la classification exige 2 entrées</translation>
    </message>
    <message>
        <source>regression needs 1 input</source>
        <translation>la régression exige 1 entrée</translation>
    </message>
    <message>
        <source>hidden layers: 1 to 12 layers of 1 to 32 units</source>
        <translation>couches cachées&#xa0;: 1 à 12 couches de 1 à 32 neurones</translation>
    </message>
    <message>
        <source>alpha must be in [0, 1)</source>
        <translation>alpha doit être dans [0, 1)</translation>
    </message>
    <message>
        <source>pieces must be 2 to 5</source>
        <translation>les morceaux doivent être 2 à 5</translation>
    </message>
    <message>
        <source>bias init must be a finite number</source>
        <translation>l&apos;initialisation des biais doit être un nombre fini</translation>
    </message>
    <message>
        <source>learning rate must be &gt; 0</source>
        <translation>le taux d&apos;apprentissage doit être &gt; 0</translation>
    </message>
    <message>
        <source>batch size must be &gt;= 1</source>
        <translation>la taille de lot doit être &gt;= 1</translation>
    </message>
    <message>
        <source>l2 must be &gt;= 0</source>
        <translation>L2 doit être &gt;= 0</translation>
    </message>
</context>
<context>
    <name>relulab::gui::AnimationDialog</name>
    <message>
        <source>Export animation</source>
        <translation>Exporter une animation</translation>
    </message>
    <message>
        <source>What to animate</source>
        <translation>Quoi animer</translation>
    </message>
    <message>
        <source>The training view (or one of its parts) replayed from step 0 of this run&apos;s setup, or the explorer&apos;s figure while α or the range sweeps</source>
        <translation>La vue Entraînement (ou une de ses parties) rejouée depuis le pas 0 avec la configuration de cette exécution, ou la figure de l&apos;explorateur pendant que α ou l&apos;intervalle varie</translation>
    </message>
    <message>
        <source>Training view</source>
        <translation>Vue Entraînement</translation>
    </message>
    <message>
        <source>Input space</source>
        <translation>Espace d&apos;entrée</translation>
    </message>
    <message>
        <source>Network diagram</source>
        <translation>Schéma du réseau</translation>
    </message>
    <message>
        <source>Training curves</source>
        <translation>Courbes d&apos;entraînement</translation>
    </message>
    <message>
        <source>Explorer, α sweeps</source>
        <translation>Explorateur, α varie</translation>
    </message>
    <message>
        <source>Explorer, range zooms</source>
        <translation>Explorateur, zoom de l&apos;intervalle</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Quoi&#xa0;:</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Dernier pas</translation>
    </message>
    <message>
        <source>The frames show steps 0 … N of this run&apos;s setup, replayed: the same pictures as relulab train --steps N --animate</source>
        <translation>Les images montrent les pas 0 … N de la configuration de cette exécution, rejoués&#xa0;: les mêmes images que relulab train --steps N --animate</translation>
    </message>
    <message>
        <source>steps 0 … N of this run&apos;s setup, replayed</source>
        <translation>pas 0 … N de la configuration de cette exécution, rejoués</translation>
    </message>
    <message>
        <source>&amp;Steps:</source>
        <translation>&amp;Pas&#xa0;:</translation>
    </message>
    <message>
        <source>Sweep from</source>
        <translation>Balayage de</translation>
    </message>
    <message>
        <source>The value of the first frame</source>
        <translation>La valeur de la première image</translation>
    </message>
    <message>
        <source>Sweep to</source>
        <translation>Balayage jusqu&apos;à</translation>
    </message>
    <message>
        <source>The value of the last frame</source>
        <translation>La valeur de la dernière image</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>S&amp;weep:</source>
        <translation>&amp;Balayage&#xa0;:</translation>
    </message>
    <message>
        <source>Number of frames</source>
        <translation>Nombre d&apos;images</translation>
    </message>
    <message>
        <source>Frames in the animation, evenly spaced, both ends included</source>
        <translation>Images de l&apos;animation, régulièrement espacées, extrémités comprises</translation>
    </message>
    <message>
        <source>&amp;Frames:</source>
        <translation>&amp;Images&#xa0;:</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>Fréquence d&apos;images</translation>
    </message>
    <message>
        <source>Frames a second (a GIF rounds its delay to hundredths of a second)</source>
        <translation>Images par seconde (un GIF arrondit son délai au centième de seconde)</translation>
    </message>
    <message>
        <source> fps</source>
        <translation> i/s</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Fréquence&#xa0;:</translation>
    </message>
    <message>
        <source>Frame size</source>
        <translation>Taille d&apos;image</translation>
    </message>
    <message>
        <source>The size of every frame in pixels</source>
        <translation>La taille de chaque image en pixels</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>Frame width</source>
        <translation>Largeur d&apos;image</translation>
    </message>
    <message>
        <source>Custom frame width in pixels</source>
        <translation>Largeur d&apos;image personnalisée en pixels</translation>
    </message>
    <message>
        <source>Frame height</source>
        <translation>Hauteur d&apos;image</translation>
    </message>
    <message>
        <source>Custom frame height in pixels</source>
        <translation>Hauteur d&apos;image personnalisée en pixels</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Taille&#xa0;:</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Format de fichier</translation>
    </message>
    <message>
        <source>GIF: plays everywhere, loops; MP4 (H.264): small, for slides and browsers</source>
        <translation>GIF&#xa0;: lu partout, en boucle&#xa0;; MP4 (H.264)&#xa0;: léger, pour diapositives et navigateurs</translation>
    </message>
    <message>
        <source>GIF</source>
        <translation>GIF</translation>
    </message>
    <message>
        <source>MP4 (H.264)</source>
        <translation>MP4 (H.264)</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Where the animation is written</source>
        <translation>Où l&apos;animation est écrite</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>Parcourir</translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation>Choisir le fichier à écrire</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Fi&amp;chier&#xa0;:</translation>
    </message>
    <message>
        <source>Export problem</source>
        <translation>Problème d&apos;export</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Frames drawn so far</source>
        <translation>Images dessinées jusqu&apos;ici</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Draw the frames and write the file</source>
        <translation>Dessiner les images et écrire le fichier</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the export (no file is written; an old one stays) or close</source>
        <translation>Arrêter l&apos;export (aucun fichier n&apos;est écrit&#xa0;; un ancien reste) ou fermer</translation>
    </message>
    <message>
        <source>GIF animation (*.gif)</source>
        <translation>Animation GIF (*.gif)</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>Vidéo MP4 (*.mp4)</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Choisissez un fichier à écrire.</translation>
    </message>
    <message>
        <source>The file name must end in .%1 for this format.</source>
        <translation>Pour ce format, le nom du fichier doit se terminer par .%1.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Annulé&#xa0;: rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l&apos;export&#xa0;: %1</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>%v / %m frames</source>
        <translation>%v / %m images</translation>
    </message>
    <message>
        <source>Stop the export: no file is written, an old one stays</source>
        <translation>Arrêter l&apos;export&#xa0;: aucun fichier n&apos;est écrit, un ancien reste</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>First step</source>
        <translation>Premier pas</translation>
    </message>
    <message>
        <source>The first frame&apos;s step on this run&apos;s timeline</source>
        <translation>Le pas de la première image sur la chronologie de cette exécution</translation>
    </message>
    <message>
        <source>The last frame&apos;s step on this run&apos;s timeline (past the newest step %1 the run is trained on, as Play would)</source>
        <translation>Le pas de la dernière image sur la chronologie de cette exécution (au-delà du pas le plus récent, %1, l&apos;exécution continue l&apos;entraînement, comme le ferait Lecture)</translation>
    </message>
    <message>
        <source>to — steps of this run (its timeline, live changes included), replayed</source>
        <translation>à — pas de cette exécution (sa chronologie, modifications en direct comprises), rejoués</translation>
    </message>
</context>
<context>
    <name>relulab::gui::AnimationJob</name>
    <message>
        <source>could not draw frame %1: %2</source>
        <translation>impossible de dessiner l&apos;image %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>relulab::gui::BornDeadDialog</name>
    <message>
        <source>Born dead: deep and narrow ReLU nets</source>
        <translation>Mort-né&#xa0;: réseaux ReLU profonds et étroits</translation>
    </message>
    <message>
        <source>Born-dead networks</source>
        <translation>Réseaux mort-nés</translation>
    </message>
    <message>
        <source>Born-dead plot</source>
        <translation>Graphique des réseaux mort-nés</translation>
    </message>
    <message>
        <source>Share of freshly initialised ReLU networks that are collapsed, against the number of hidden layers, for widths 2 to 5: measured (markers) and Lu et al.&apos;s formula (dashed).</source>
        <translation>Part des réseaux ReLU fraîchement initialisés qui sont effondrés, en fonction du nombre de couches cachées, pour les largeurs 2 à 5&#xa0;: mesurée (marqueurs) et formule de Lu et al. (tirets).</translation>
    </message>
    <message>
        <source>hidden layers (depth)</source>
        <translation>couches cachées (profondeur)</translation>
    </message>
    <message>
        <source>collapsed at initialisation</source>
        <translation>effondrés à l&apos;initialisation</translation>
    </message>
    <message>
        <source>width %1, measured</source>
        <translation>largeur %1, mesurée</translation>
    </message>
    <message>
        <source>width %1, 1 − (1 − 2⁻ᴺ)ᴸ⁻¹</source>
        <translation>largeur %1, 1 − (1 − 2⁻ᴺ)ᴸ⁻¹</translation>
    </message>
    <message>
        <source> networks per point</source>
        <translation> réseaux par point</translation>
    </message>
    <message>
        <source>Networks per point</source>
        <translation>Réseaux par point</translation>
    </message>
    <message>
        <source>How many random initial networks are drawn for each point</source>
        <translation>Nombre de réseaux initiaux aléatoires tirés pour chaque point</translation>
    </message>
    <message>
        <source>&amp;Count again</source>
        <translation>&amp;Recompter</translation>
    </message>
    <message>
        <source>Count again</source>
        <translation>Recompter</translation>
    </message>
    <message>
        <source>Draw the networks anew with this many per point</source>
        <translation>Tirer de nouveau les réseaux, autant par point</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the born-dead panel (Esc)</source>
        <translation>Fermer le panneau des réseaux mort-nés (Échap)</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>comptage…</translation>
    </message>
    <message>
        <source>counting… %1 of %2 points</source>
        <translation>comptage… %1 points sur %2</translation>
    </message>
    <message>
        <source>done: %1 networks per point</source>
        <translation>terminé&#xa0;: %1 réseaux par point</translation>
    </message>
    <message>
        <source>Each point: the share of ReLU networks (He initialisation, zero biases) that are already a constant function on |x|, x in [−1, 1], before any training. The dashed curves are the probability of being dead at one input point, 1 − (1 − 2&lt;sup&gt;−N&lt;/sup&gt;)&lt;sup&gt;L−1&lt;/sup&gt; with N the width and L−1 the hidden layers (Lu, Shin, Su, Karniadakis, &lt;i&gt;Dying ReLU and Initialization&lt;/i&gt;, 2020); over a whole input range fewer nets are dead than at one point.</source>
        <translation>Chaque point&#xa0;: la part des réseaux ReLU (initialisation He, biais nuls) qui sont déjà une fonction constante sur |x|, x dans [−1, 1], avant tout entraînement. Les courbes en tirets sont la probabilité d&apos;être mort en un point d&apos;entrée, 1 − (1 − 2&lt;sup&gt;−N&lt;/sup&gt;)&lt;sup&gt;L−1&lt;/sup&gt; avec N la largeur et L−1 les couches cachées (Lu, Shin, Su, Karniadakis, &lt;i&gt;Dying ReLU and Initialization&lt;/i&gt;, 2020)&#xa0;; sur tout un intervalle d&apos;entrée, moins de réseaux sont morts qu&apos;en un point.</translation>
    </message>
</context>
<context>
    <name>relulab::gui::CompareDialog</name>
    <message>
        <source>Compare with another activation</source>
        <translation>Comparer avec une autre activation</translation>
    </message>
    <message>
        <source>A second run trains beside this one on the same data with the same seed and settings; only the hidden activation differs. Both runs start over from step 0 and play, pause, step and reset together; their loss and dead units share one plot.</source>
        <translation>Une seconde exécution s&apos;entraîne à côté de celle-ci sur les mêmes données avec la même graine et les mêmes réglages&#xa0;; seule l&apos;activation cachée diffère. Les deux exécutions repartent du pas 0 et avancent, s&apos;arrêtent, font un pas et se réinitialisent ensemble&#xa0;; leur perte et leurs neurones morts partagent un graphique.</translation>
    </message>
    <message>
        <source>Second run&apos;s activation</source>
        <translation>Activation de la seconde exécution</translation>
    </message>
    <message>
        <source>The hidden activation of the second run</source>
        <translation>L&apos;activation cachée de la seconde exécution</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <source>PReLU</source>
        <translation>PReLU</translation>
    </message>
    <message>
        <source>Maxout</source>
        <translation>Maxout</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation>Sigmoid</translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <source>Second run&apos;s leaky slope alpha</source>
        <translation>Pente leaky alpha de la seconde exécution</translation>
    </message>
    <message>
        <source>Leaky ReLU slope α for z &lt; 0, in [0, 1)</source>
        <translation>Pente α de Leaky ReLU pour z &lt; 0, dans [0, 1)</translation>
    </message>
    <message>
        <source>Second run&apos;s maxout pieces</source>
        <translation>Morceaux maxout de la seconde exécution</translation>
    </message>
    <message>
        <source>Pieces per maxout unit, 2 to 5</source>
        <translation>Morceaux par neurone maxout, 2 à 5</translation>
    </message>
    <message>
        <source>second run</source>
        <translation>seconde exécution</translation>
    </message>
    <message>
        <source>Start comparing</source>
        <translation>Lancer la comparaison</translation>
    </message>
    <message>
        <source>Start both runs over from step 0, side by side</source>
        <translation>Faire repartir les deux exécutions du pas 0, côte à côte</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close without changing the runs</source>
        <translation>Fermer sans modifier les exécutions</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (solid) beside &lt;b&gt;%2&lt;/b&gt; (dashed)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (continu) à côté de &lt;b&gt;%2&lt;/b&gt; (tirets)</translation>
    </message>
    <message>
        <source>Both start from the very same initial weights.</source>
        <translation>Les deux partent exactement des mêmes poids initiaux.</translation>
    </message>
    <message>
        <source>Maxout has other weights: the second run draws its own initial weights from the same seed.</source>
        <translation>Maxout a d&apos;autres poids&#xa0;: la seconde exécution tire ses propres poids initiaux de la même graine.</translation>
    </message>
</context>
<context>
    <name>relulab::gui::ControlPanel</name>
    <message>
        <source>ReLU: max(0, z)</source>
        <translation>ReLU&#xa0;: max(0, z)</translation>
    </message>
    <message>
        <source>Leaky ReLU: max(αz, z)</source>
        <translation>Leaky ReLU&#xa0;: max(αz, z)</translation>
    </message>
    <message>
        <source>|z| = max(−z, z)</source>
        <translation>|z| = max(−z, z)</translation>
    </message>
    <message>
        <source>Parabola z²/R, 3 pieces</source>
        <translation>Parabole z²/R, 3 morceaux</translation>
    </message>
    <message>
        <source>Parabola z²/R, 5 pieces</source>
        <translation>Parabole z²/R, 5 morceaux</translation>
    </message>
    <message>
        <source>Random pieces</source>
        <translation>Morceaux aléatoires</translation>
    </message>
    <message>
        <source>Input error</source>
        <translation>Erreur de saisie</translation>
    </message>
    <message>
        <source>Presets…</source>
        <translation>Préréglages…</translation>
    </message>
    <message>
        <source>left</source>
        <translation>gauche</translation>
    </message>
    <message>
        <source>Left derivative: PyTorch&apos;s and TensorFlow&apos;s ReLU′(0) = 0 and Leaky′(0) = α; for maxout the smallest tied slope, which no framework computes.</source>
        <translation>Dérivée à gauche&#xa0;: ReLU′(0) = 0 et Leaky′(0) = α comme dans PyTorch et TensorFlow&#xa0;; pour maxout la plus petite des pentes à égalité, qu&apos;aucun framework ne calcule.</translation>
    </message>
    <message>
        <source>right</source>
        <translation>droite</translation>
    </message>
    <message>
        <source>Right derivative: ReLU′(0) = 1, Leaky′(0) = 1, for maxout the largest tied slope.</source>
        <translation>Dérivée à droite&#xa0;: ReLU′(0) = 1, Leaky′(0) = 1, pour maxout la plus grande des pentes à égalité.</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>The average of the left and right derivatives: ReLU′(0) = ½.</source>
        <translation>La moyenne des dérivées à gauche et à droite&#xa0;: ReLU′(0) = ½.</translation>
    </message>
    <message>
        <source>first (PyTorch max(dim))</source>
        <translation>premier (PyTorch max(dim))</translation>
    </message>
    <message>
        <source>What PyTorch&apos;s relu, leaky_relu and max(dim) compute: relu′(0) = 0, leaky_relu′(0) = α, and maxout written as max over the piece dimension gives a tie to the first maximal piece in table order.</source>
        <translation>Ce que calculent relu, leaky_relu et max(dim) de PyTorch&#xa0;: relu′(0) = 0, leaky_relu′(0) = α, et maxout écrit comme max sur la dimension des morceaux attribue une égalité au premier morceau maximal dans l&apos;ordre du tableau.</translation>
    </message>
    <message>
        <source>Default: max(z, −0.5z, −5)</source>
        <translation>Par défaut&#xa0;: max(z, −0,5z, −5)</translation>
    </message>
</context>
<context>
    <name>relulab::gui::ExplorerPlot</name>
    <message>
        <source>Activation plots</source>
        <translation>Graphiques des activations</translation>
    </message>
    <message>
        <source>Drag the Leaky ReLU&apos;s negative branch to set α; drag a maxout piece to move it, or its diamond handle to rotate it.
Drag empty space to pan, use the wheel to zoom, double-click to reset the view.
Keyboard: ← → move the cursor (it stops on every kink), ↑ ↓ change α, Enter picks a maxout piece instead; Shift for finer steps.</source>
        <translation>Faire glisser la branche négative de Leaky ReLU pour régler α&#xa0;; faire glisser un morceau maxout pour le déplacer, ou sa poignée en losange pour le faire pivoter.
Faire glisser une zone vide pour déplacer la vue, molette pour zoomer, double-clic pour réinitialiser la vue.
Clavier&#xa0;: ← → déplacent le curseur (il s&apos;arrête à chaque point anguleux), ↑ ↓ changent α, Entrée choisit plutôt un morceau maxout&#xa0;; Maj pour des pas plus fins.</translation>
    </message>
    <message>
        <source>filled marker: f′ used at a kink (%1 convention)</source>
        <translation>marqueur plein&#xa0;: f′ utilisée au point anguleux (convention %1)</translation>
    </message>
    <message>
        <source>open marker: limit not taken</source>
        <translation>marqueur vide&#xa0;: limite non retenue</translation>
    </message>
    <message>
        <source>bar: subgradient set</source>
        <translation>barre&#xa0;: ensemble des sous-gradients</translation>
    </message>
    <message>
        <source>z of %1 on the training data</source>
        <translation>z de %1 sur les données d&apos;entraînement</translation>
    </message>
    <message>
        <source>z (pre-activation)</source>
        <translation>z (pré-activation)</translation>
    </message>
    <message>
        <source>f(z)</source>
        <translation>f(z)</translation>
    </message>
    <message>
        <source>f′(z)</source>
        <translation>f′(z)</translation>
    </message>
    <message>
        <source>Unpin “%1”</source>
        <translation>Désépingler «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Copy values at z = %1</source>
        <translation>Copier les valeurs en z = %1</translation>
    </message>
    <message>
        <source>Export figure…</source>
        <translation>Exporter la figure…</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>Réinitialiser la vue</translation>
    </message>
    <message>
        <source>Pin visible curves</source>
        <translation>Épingler les courbes visibles</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
    <message>
        <source>Clear all pins</source>
        <translation>Désépingler tout</translation>
    </message>
    <message>
        <source>α</source>
        <translation>α</translation>
    </message>
    <message>
        <source>maxout piece %1</source>
        <translation>morceau maxout %1</translation>
    </message>
    <message>
        <source>↑ ↓ %1 (Shift: finer) · ← → cursor · Enter: next</source>
        <translation>↑ ↓ %1 (Maj&#xa0;: plus fin) · ← → curseur · Entrée&#xa0;: suivant</translation>
    </message>
    <message>
        <source>%1 with α = %2</source>
        <translation>%1 avec α = %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n piece(s)</source>
        <translation>
            <numerusform>%1 sur %n morceau</numerusform>
            <numerusform>%1 sur %n morceaux</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>z from %1 to %2</source>
        <translation>z de %1 à %2</translation>
    </message>
    <message>
        <source>No function is shown; %1.</source>
        <translation>Aucune fonction affichée&#xa0;; %1.</translation>
    </message>
    <message>
        <source>Upper plot: %1, %2. Lower plot: their derivatives f′(z); at each kink a filled marker shows the value the %3 convention takes and an open marker the limit not taken. Arrow keys: Left and Right move the cursor, Up and Down change %4.</source>
        <translation>Graphique du haut&#xa0;: %1, %2. Graphique du bas&#xa0;: leurs dérivées f′(z)&#xa0;; à chaque point anguleux, un marqueur plein montre la valeur que prend la convention %3 et un marqueur vide la limite non retenue. Flèches&#xa0;: Gauche et Droite déplacent le curseur, Haut et Bas changent %4.</translation>
    </message>
</context>
<context>
    <name>relulab::gui::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Quoi exporter</translation>
    </message>
    <message>
        <source>A single plot, or a whole view as it is on screen</source>
        <translation>Un seul graphique, ou toute une vue telle qu&apos;elle est à l&apos;écran</translation>
    </message>
    <message>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <source>A picture of the chosen size in pixels</source>
        <translation>Une image de la taille choisie en pixels</translation>
    </message>
    <message>
        <source>SVG</source>
        <translation>SVG</translation>
    </message>
    <message>
        <source>Vector drawing for the web and for editing</source>
        <translation>Dessin vectoriel pour le web et l&apos;édition</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Vector drawing for print and LaTeX</source>
        <translation>Dessin vectoriel pour l&apos;impression et LaTeX</translation>
    </message>
    <message>
        <source>CSV data</source>
        <translation>Données CSV</translation>
    </message>
    <message>
        <source>The numbers behind the plot: the curves, or the training log</source>
        <translation>Les nombres derrière le graphique&#xa0;: les courbes, ou le journal d&apos;entraînement</translation>
    </message>
    <message>
        <source>Format %1</source>
        <translation>Format %1</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation>Largeur en pixels</translation>
    </message>
    <message>
        <source>Width of the picture in pixels</source>
        <translation>Largeur de l&apos;image en pixels</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>Hauteur en pixels</translation>
    </message>
    <message>
        <source>Height of the picture in pixels</source>
        <translation>Hauteur de l&apos;image en pixels</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>On-screen size</source>
        <translation>Taille à l&apos;écran</translation>
    </message>
    <message>
        <source>Use the size the plot or view has in the window</source>
        <translation>Utiliser la taille qu&apos;a le graphique ou la vue dans la fenêtre</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>keep the on-screen proportions</source>
        <translation>garder les proportions de l&apos;écran</translation>
    </message>
    <message>
        <source>Keep the on-screen proportions</source>
        <translation>Garder les proportions de l&apos;écran</translation>
    </message>
    <message>
        <source>Width and height change together, in the proportions of the plot or view in the window</source>
        <translation>Largeur et hauteur changent ensemble, dans les proportions du graphique ou de la vue dans la fenêtre</translation>
    </message>
    <message>
        <source>Resolution in DPI</source>
        <translation>Résolution en PPP</translation>
    </message>
    <message>
        <source>Dots per inch stored in the file: the size it prints at, not the number of pixels</source>
        <translation>Points par pouce enregistrés dans le fichier&#xa0;: la taille à l&apos;impression, pas le nombre de pixels</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> ppp</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Export error</source>
        <translation>Erreur d&apos;export</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation>Copier dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copy the picture (or the CSV text) to the clipboard</source>
        <translation>Copier l&apos;image (ou le texte CSV) dans le presse-papiers</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export to a file</source>
        <translation>Exporter dans un fichier</translation>
    </message>
    <message>
        <source>Choose a file name and save</source>
        <translation>Choisir un nom de fichier et enregistrer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close without exporting</source>
        <translation>Fermer sans exporter</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Copier l&apos;image</translation>
    </message>
    <message>
        <source>Copy CSV</source>
        <translation>Copier le CSV</translation>
    </message>
    <message>
        <source>The curves and derivatives on the explorer&apos;s grid: x,relu,relu_grad,leaky_relu,leaky_relu_grad,maxout,maxout_grad, the same as relulab export --csv.</source>
        <translation>Les courbes et dérivées sur la grille de l&apos;explorateur&#xa0;: x,relu,relu_grad,leaky_relu,leaky_relu_grad,maxout,maxout_grad, comme relulab export --csv.</translation>
    </message>
    <message>
        <source>The training run&apos;s log, one row per point of its curves: step,loss,test_loss,accuracy,dead_units,dead_fraction, the same as relulab train --log.</source>
        <translation>Le journal de l&apos;exécution, une ligne par point de ses courbes&#xa0;: step,loss,test_loss,accuracy,dead_units,dead_fraction, comme relulab train --log.</translation>
    </message>
    <message>
        <source>A whole view is drawn as on screen: plots inside it are embedded as pictures. Export a single plot for vector lines.</source>
        <translation>Une vue entière est dessinée comme à l&apos;écran&#xa0;: les graphiques qu&apos;elle contient sont intégrés comme images. Exportez un seul graphique pour des traits vectoriels.</translation>
    </message>
    <message>
        <source>Drawn as in the window, scaled to the chosen size.</source>
        <translation>Dessiné comme dans la fenêtre, mis à l&apos;échelle de la taille choisie.</translation>
    </message>
    <message>
        <source>prints %1 × %2 cm (%3 × %4 in)</source>
        <translation>imprime %1 × %2 cm (%3 × %4 in)</translation>
    </message>
    <message>
        <source>this view has no data to save as CSV</source>
        <translation>cette vue n&apos;a pas de données à enregistrer en CSV</translation>
    </message>
    <message>
        <source>Could not export %1: %2</source>
        <translation>Impossible d&apos;exporter %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l&apos;export&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exporter %1</translation>
    </message>
    <message>
        <source>%1 file (*.%2)</source>
        <translation>Fichier %1 (*.%2)</translation>
    </message>
</context>
<context>
    <name>relulab::gui::InputSpaceView</name>
    <message>
        <source>Input space</source>
        <translation>Espace d&apos;entrée</translation>
    </message>
    <message>
        <source>The training data (class 1: filled circles, class 0: filled triangles, test examples hollow) over the network&apos;s prediction, with the selected unit&apos;s off-region (z ≤ 0) hatched. The point probe follows the mouse: every view shows the network at that point.</source>
        <translation>Les données d&apos;entraînement (classe 1&#xa0;: cercles pleins, classe 0&#xa0;: triangles pleins, exemples de test vides) sur la prédiction du réseau, la région éteinte (z ≤ 0) du neurone sélectionné hachurée. Le point sondé suit la souris&#xa0;: chaque vue montre le réseau en ce point.</translation>
    </message>
    <message>
        <source>prediction p</source>
        <translation>prédiction p</translation>
    </message>
    <message>
        <source>linear regions</source>
        <translation>régions linéaires</translation>
    </message>
    <message>
        <source>unit off (z ≤ 0)</source>
        <translation>neurone éteint (z ≤ 0)</translation>
    </message>
    <message>
        <source>boundary p = 0.5</source>
        <translation>frontière p = 0,5</translation>
    </message>
    <message>
        <source>prediction ŷ</source>
        <translation>prédiction ŷ</translation>
    </message>
    <message>
        <source>class 0, train</source>
        <translation>classe 0, entraînement</translation>
    </message>
    <message>
        <source>class 0, test</source>
        <translation>classe 0, test</translation>
    </message>
    <message>
        <source>class 1, train</source>
        <translation>classe 1, entraînement</translation>
    </message>
    <message>
        <source>class 1, test</source>
        <translation>classe 1, test</translation>
    </message>
    <message>
        <source>train</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <source>kink of a layer-1 unit</source>
        <translation>point anguleux
(couche 1)</translation>
    </message>
    <message>
        <source>Data and prediction —</source>
        <translation>Données et prédiction —</translation>
    </message>
    <message>
        <source>click a unit to see where it is off</source>
        <translation>cliquez sur un neurone pour voir où il est éteint</translation>
    </message>
    <message>
        <source>maxout unit %1 is never off</source>
        <translation>le neurone maxout %1 n&apos;est jamais éteint</translation>
    </message>
    <message>
        <source>sigmoid unit %1 has no off region</source>
        <translation>le neurone sigmoid %1 n&apos;a pas de région éteinte</translation>
    </message>
    <message>
        <source>tanh unit %1 has no off region</source>
        <translation>le neurone tanh %1 n&apos;a pas de région éteinte</translation>
    </message>
    <message>
        <source>Data, prediction</source>
        <translation>Données, prédiction</translation>
    </message>
    <message>
        <source>and where unit %1 is off (z ≤ 0)</source>
        <translation>et où le neurone %1 est éteint (z ≤ 0)</translation>
    </message>
    <message>
        <source>and where unit %1 is on its leaky side (z ≤ 0)</source>
        <translation>et où le neurone %1 est sur son côté leaky (z ≤ 0)</translation>
    </message>
    <message>
        <source>— dead: off on every training example</source>
        <translation>— mort&#xa0;: éteint sur chaque exemple d&apos;entraînement</translation>
    </message>
    <message>
        <source>— starved: no gradient reaches it</source>
        <translation>— affamé&#xa0;: aucun gradient ne l&apos;atteint</translation>
    </message>
    <message>
        <source>Linear regions — waiting for the network</source>
        <translation>Régions linéaires — en attente du réseau</translation>
    </message>
    <message>
        <source>No linear regions:</source>
        <translation>Aucune région linéaire&#xa0;:</translation>
    </message>
    <message>
        <source>sigmoid and tanh are not piecewise linear</source>
        <translation>sigmoid et tanh ne sont pas linéaires par morceaux</translation>
    </message>
    <message>
        <source>the weights are not finite (the run diverged)</source>
        <translation>les poids ne sont pas finis (l&apos;exécution a divergé)</translation>
    </message>
    <message>
        <source>More than %1 linear regions in the view:</source>
        <translation>Plus de %1 régions linéaires dans la vue&#xa0;:</translation>
    </message>
    <message>
        <source>too many to draw</source>
        <translation>trop pour être dessinées</translation>
    </message>
    <message>
        <source>Linear regions — computing…</source>
        <translation>Régions linéaires — calcul…</translation>
    </message>
    <message>
        <source>Linear regions: %1 intervals,</source>
        <translation>Régions linéaires&#xa0;: %1 intervalles,</translation>
    </message>
    <message>
        <source>Linear regions: %1,</source>
        <translation>Régions linéaires&#xa0;: %1,</translation>
    </message>
    <message>
        <source>neighbours in different colours</source>
        <translation>voisines en couleurs différentes</translation>
    </message>
    <message>
        <source>— bold: where unit %1·%2 bends the regions</source>
        <translation>— en gras&#xa0;: où le neurone %1·%2 plie les régions</translation>
    </message>
    <message>
        <source>— click a unit to see its bent line</source>
        <translation>— cliquez sur un neurone pour voir sa ligne de pliure</translation>
    </message>
</context>
<context>
    <name>relulab::gui::LayerSizesPlot</name>
    <message>
        <source>Gradient and activation size per layer</source>
        <translation>Taille des gradients et des activations par couche</translation>
    </message>
    <message>
        <source>Per layer, over the whole training set at the current step: the root mean square of the gradient of the mean loss with respect to the layer&apos;s weights (solid line, circles) and of the hidden layer&apos;s activations f(z) (dashed line, squares), on a log scale. Shrinking gradients towards layer 1 are vanishing gradients; shrinking activations with depth show an init without He&apos;s factor 2. Triangles at the bottom: exactly 0.</source>
        <translation>Par couche, sur tout le jeu d&apos;entraînement au pas actuel&#xa0;: la moyenne quadratique du gradient de la perte moyenne par rapport aux poids de la couche (trait continu, cercles) et des activations f(z) de la couche cachée (tirets, carrés), en échelle logarithmique. Des gradients qui rétrécissent vers la couche 1 sont une disparition du gradient&#xa0;; des activations qui rétrécissent avec la profondeur signalent une initialisation sans le facteur 2 de He. Triangles en bas&#xa0;: exactement 0.</translation>
    </message>
    <message>
        <source>layer (out = output layer)</source>
        <translation>couche (sort. = couche de sortie)</translation>
    </message>
    <message>
        <source>RMS of ∂loss/∂w and of f(z) (log scale)</source>
        <translation>RMS de ∂perte/∂w et de f(z) (échelle log)</translation>
    </message>
    <message>
        <source>gradient RMS, ∂loss/∂w</source>
        <translation>RMS du gradient, ∂perte/∂w</translation>
    </message>
    <message>
        <source>activation RMS, f(z)</source>
        <translation>RMS de l&apos;activation, f(z)</translation>
    </message>
    <message>
        <source>gradient exactly 0</source>
        <translation>gradient exactement 0</translation>
    </message>
    <message>
        <source>activations exactly 0</source>
        <translation>activations exactement 0</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>couche</translation>
    </message>
    <message>
        <source>RMS (log)</source>
        <translation>RMS (log)</translation>
    </message>
    <message>
        <source>out</source>
        <translation>sort.</translation>
    </message>
    <message>
        <source>Gradient RMS per weight layer, layer 1 to the output layer: %1. Activation RMS per hidden layer: %2.</source>
        <translation>RMS du gradient par couche de poids, de la couche 1 à la couche de sortie&#xa0;: %1. RMS de l&apos;activation par couche cachée&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>relulab::gui::LessonPanel</name>
    <message>
        <source>Lesson</source>
        <translation>Leçon</translation>
    </message>
    <message>
        <source>The current lesson&apos;s explanation, with buttons to step through the lessons (Page Up and Page Down).</source>
        <translation>L&apos;explication de la leçon en cours, avec des boutons pour parcourir les leçons (Pg préc et Pg suiv).</translation>
    </message>
    <message>
        <source>Lesson number</source>
        <translation>Numéro de la leçon</translation>
    </message>
    <message>
        <source>Which lesson this is, of how many</source>
        <translation>Quelle leçon, sur combien</translation>
    </message>
    <message>
        <source>Lesson title</source>
        <translation>Titre de la leçon</translation>
    </message>
    <message>
        <source>The lesson&apos;s title</source>
        <translation>Le titre de la leçon</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation>Texte de la leçon</translation>
    </message>
    <message>
        <source>What this lesson shows and what to try</source>
        <translation>Ce que montre cette leçon et ce qu&apos;on peut essayer</translation>
    </message>
    <message>
        <source>Teacher’s &amp;note</source>
        <translation>&amp;Note pour l&apos;enseignant</translation>
    </message>
    <message>
        <source>Show or hide the longer explanation for the teacher under the lesson text (%1)</source>
        <translation>Afficher ou masquer l&apos;explication plus longue pour l&apos;enseignant sous le texte de la leçon (%1)</translation>
    </message>
    <message>
        <source>Teacher&apos;s note</source>
        <translation>Note pour l&apos;enseignant</translation>
    </message>
    <message>
        <source>The longer explanation behind this lesson, for the teacher</source>
        <translation>L&apos;explication plus longue derrière cette leçon, pour l&apos;enseignant</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Précédente</translation>
    </message>
    <message>
        <source>Previous lesson</source>
        <translation>Leçon précédente</translation>
    </message>
    <message>
        <source>Go to the previous lesson (Page Up)</source>
        <translation>Aller à la leçon précédente (Pg préc)</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Suivante ▶</translation>
    </message>
    <message>
        <source>Next lesson</source>
        <translation>Leçon suivante</translation>
    </message>
    <message>
        <source>Go to the next lesson (Page Down)</source>
        <translation>Aller à la leçon suivante (Pg suiv)</translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Leave the lessons</source>
        <translation>Quitter les leçons</translation>
    </message>
    <message>
        <source>Close the lesson panel; the current settings stay (Ctrl+Alt+L)</source>
        <translation>Fermer le panneau des leçons&#xa0;; les réglages actuels restent (Ctrl+Alt+L)</translation>
    </message>
    <message>
        <source>Lesson %1 of %2</source>
        <translation>Leçon %1 sur %2</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Lesson %1 of %2: %3</source>
        <translation>Leçon %1 sur %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>relulab::gui::MainWindow</name>
    <message>
        <source>ReLU Lab main window</source>
        <translation>Fenêtre principale de ReLU Lab</translation>
    </message>
    <message>
        <source>Explore ReLU, Leaky ReLU and Maxout and their derivatives, and train a small network to watch ReLU units die. F1 lists the keyboard shortcuts.</source>
        <translation>Explorer ReLU, Leaky ReLU et Maxout et leurs dérivées, et entraîner un petit réseau pour voir mourir des neurones ReLU. F1 liste les raccourcis clavier.</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>&amp;Explorer</source>
        <translation>&amp;Explorateur</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>En&amp;traînement</translation>
    </message>
    <message>
        <source>ReLU, Leaky ReLU and Maxout and their derivatives (Ctrl+1)</source>
        <translation>ReLU, Leaky ReLU et Maxout et leurs dérivées (Ctrl+1)</translation>
    </message>
    <message>
        <source>Train a small network and watch units die (Ctrl+2)</source>
        <translation>Entraîner un petit réseau et voir mourir des neurones (Ctrl+2)</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>Barre d&apos;état</translation>
    </message>
    <message>
        <source>Values at the cursor</source>
        <translation>Valeurs au curseur</translation>
    </message>
    <message>
        <source>Value and derivative of each shown function at the cursor&apos;s z. At a kink: the subgradient set and the value the convention takes.</source>
        <translation>Valeur et dérivée de chaque fonction affichée au z du curseur. En un point anguleux&#xa0;: l&apos;ensemble des sous-gradients et la valeur que prend la convention.</translation>
    </message>
    <message>
        <source>Formulas</source>
        <translation>Formules</translation>
    </message>
    <message>
        <source>The definitions of the shown functions with their current numbers.</source>
        <translation>Les définitions des fonctions affichées avec leurs valeurs actuelles.</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Explorer</source>
        <translation>Explorateur</translation>
    </message>
    <message>
        <source>The comparison run cannot start: %1</source>
        <translation>L&apos;exécution de comparaison ne peut pas démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Move the mouse over the plots, or focus them and use ← →, to read values; at z = 0 you see the kink.</source>
        <translation>Survolez les graphiques avec la souris, ou donnez-leur le focus et utilisez ← →, pour lire les valeurs&#xa0;; en z = 0 on voit le point anguleux.</translation>
    </message>
    <message numerus="yes">
        <source>Pinned %n curve(s)</source>
        <translation>
            <numerusform>%n courbe épinglée</numerusform>
            <numerusform>%n courbes épinglées</numerusform>
        </translation>
    </message>
    <message>
        <source>The visible curves are pinned already</source>
        <translation>Les courbes visibles sont déjà épinglées</translation>
    </message>
    <message>
        <source>Copied the values at z = %1</source>
        <translation>Valeurs en z = %1 copiées</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Saved the animation</source>
        <translation>Animation enregistrée</translation>
    </message>
    <message>
        <source>Copied %1 as an image</source>
        <translation>%1 copié comme image</translation>
    </message>
    <message>
        <source>Export training log</source>
        <translation>Exporter le journal d&apos;entraînement</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>Some lessons could not be read: %1</source>
        <translation>Certaines leçons n&apos;ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Start the lessons</source>
        <translation>&amp;Commencer les leçons</translation>
    </message>
    <message>
        <source>Show the first lesson, or the current one</source>
        <translation>Afficher la première leçon, ou celle en cours</translation>
    </message>
    <message>
        <source>&amp;Next lesson</source>
        <translation>Leçon &amp;suivante</translation>
    </message>
    <message>
        <source>Go to the next lesson (also → while a lesson is shown)</source>
        <translation>Aller à la leçon suivante (aussi → quand une leçon est affichée)</translation>
    </message>
    <message>
        <source>&amp;Previous lesson</source>
        <translation>Leçon &amp;précédente</translation>
    </message>
    <message>
        <source>Go to the previous lesson (also ← while a lesson is shown)</source>
        <translation>Aller à la leçon précédente (aussi ← quand une leçon est affichée)</translation>
    </message>
    <message>
        <source>&amp;Leave the lessons</source>
        <translation>&amp;Quitter les leçons</translation>
    </message>
    <message>
        <source>Hide the lesson panel; the settings stay as they are</source>
        <translation>Masquer le panneau des leçons&#xa0;; les réglages restent tels quels</translation>
    </message>
    <message>
        <source>&amp;%1. %2</source>
        <translation>&amp;%1. %2</translation>
    </message>
    <message>
        <source>Set up the lesson “%1”</source>
        <translation>Préparer la leçon «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Leçon</translation>
    </message>
    <message>
        <source>Lesson panel</source>
        <translation>Panneau des leçons</translation>
    </message>
    <message>
        <source>The lesson&apos;s training setup was refused: %1</source>
        <translation>La configuration d&apos;entraînement de la leçon a été refusée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Lesson %1: %2</source>
        <translation>Leçon %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Barre de menus</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Less&amp;on</source>
        <translation>&amp;Leçon</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation>&amp;Nouvelle session</translation>
    </message>
    <message>
        <source>Start over with the default settings and a new training run</source>
        <translation>Recommencer avec les réglages par défaut et une nouvelle exécution d&apos;entraînement</translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation>&amp;Ouvrir une session…</translation>
    </message>
    <message>
        <source>Open a saved .relulab session: settings, training setup and trained network</source>
        <translation>Ouvrir une session .relulab enregistrée&#xa0;: réglages, configuration d&apos;entraînement et réseau entraîné</translation>
    </message>
    <message>
        <source>&amp;Save session</source>
        <translation>&amp;Enregistrer la session</translation>
    </message>
    <message>
        <source>Save the settings, the training setup and the trained network at its step</source>
        <translation>Enregistrer les réglages, la configuration d&apos;entraînement et le réseau entraîné à son pas</translation>
    </message>
    <message>
        <source>Save session &amp;as…</source>
        <translation>Enregistrer la session &amp;sous…</translation>
    </message>
    <message>
        <source>Save the session to a new .relulab file</source>
        <translation>Enregistrer la session dans un nouveau fichier .relulab</translation>
    </message>
    <message>
        <source>Export &amp;figure…</source>
        <translation>Exporter la &amp;figure…</translation>
    </message>
    <message>
        <source>Save any plot or a whole view as PNG, SVG or PDF, or its data as CSV</source>
        <translation>Enregistrer un graphique ou une vue entière en PNG, SVG ou PDF, ou ses données en CSV</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Save the curves on a uniform grid as CSV</source>
        <translation>Enregistrer les courbes sur une grille régulière en CSV</translation>
    </message>
    <message>
        <source>Export ani&amp;mation…</source>
        <translation>Exporter une ani&amp;mation…</translation>
    </message>
    <message>
        <source>Save the training (replayed from step 0) or the explorer while α or the range sweeps as an animated GIF or an MP4 video</source>
        <translation>Enregistrer l&apos;entraînement (rejoué depuis le pas 0) ou l&apos;explorateur pendant que α ou l&apos;intervalle varie, en GIF animé ou en vidéo MP4</translation>
    </message>
    <message>
        <source>Export training &amp;log…</source>
        <translation>Exporter le &amp;journal d&apos;entraînement…</translation>
    </message>
    <message>
        <source>Save the training run&apos;s loss and dead units per recorded step as CSV</source>
        <translation>Enregistrer la perte et les neurones morts de l&apos;exécution à chaque pas enregistré, en CSV</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close ReLU Lab</source>
        <translation>Fermer ReLU Lab</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo the last change of a setting (a whole drag at once)</source>
        <translation>Annuler la dernière modification d&apos;un réglage (un glissement entier d&apos;un coup)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Redo the change last undone</source>
        <translation>Rétablir la dernière modification annulée</translation>
    </message>
    <message>
        <source>&amp;Copy values at cursor</source>
        <translation>&amp;Copier les valeurs au curseur</translation>
    </message>
    <message>
        <source>Copy z, f(z) and f′(z) of the shown functions at the cursor</source>
        <translation>Copier z, f(z) et f′(z) des fonctions affichées au curseur</translation>
    </message>
    <message>
        <source>Copy plot &amp;image</source>
        <translation>Copier l&apos;&amp;image du graphique</translation>
    </message>
    <message>
        <source>Copy the plots in front (explorer plots, or the training curves) as an image</source>
        <translation>Copier les graphiques au premier plan (graphiques de l&apos;explorateur ou courbes d&apos;entraînement) comme image</translation>
    </message>
    <message>
        <source>Increase α</source>
        <translation>Augmenter α</translation>
    </message>
    <message>
        <source>Leaky slope α + 0.01</source>
        <translation>Pente leaky α + 0,01</translation>
    </message>
    <message>
        <source>Decrease α</source>
        <translation>Diminuer α</translation>
    </message>
    <message>
        <source>Leaky slope α − 0.01</source>
        <translation>Pente leaky α − 0,01</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Afficher %1</translation>
    </message>
    <message>
        <source>Show or hide %1</source>
        <translation>Afficher ou masquer %1</translation>
    </message>
    <message>
        <source>Show &amp;subgradient set</source>
        <translation>Afficher l&apos;ensemble des &amp;sous-gradients</translation>
    </message>
    <message>
        <source>Bars over [left, right] at each kink</source>
        <translation>Barres sur [gauche, droite] à chaque point anguleux</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Narrow the z range</source>
        <translation>Resserrer l&apos;intervalle de z</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Widen the z range</source>
        <translation>Élargir l&apos;intervalle de z</translation>
    </message>
    <message>
        <source>&amp;Reset view</source>
        <translation>Réinitialiser la v&amp;ue</translation>
    </message>
    <message>
        <source>&amp;Pin visible curves</source>
        <translation>Épingler les courbes &amp;visibles</translation>
    </message>
    <message>
        <source>Freeze the visible curves with their current parameters as ghosts to compare with</source>
        <translation>Figer les courbes visibles avec leurs paramètres actuels comme fantômes pour comparer</translation>
    </message>
    <message>
        <source>C&amp;lear pins</source>
        <translation>&amp;Désépingler tout</translation>
    </message>
    <message>
        <source>Remove every pinned curve</source>
        <translation>Retirer toutes les courbes épinglées</translation>
    </message>
    <message>
        <source>E&amp;xplorer tab</source>
        <translation>Onglet E&amp;xplorateur</translation>
    </message>
    <message>
        <source>Show the explorer</source>
        <translation>Afficher l&apos;explorateur</translation>
    </message>
    <message>
        <source>&amp;Training tab</source>
        <translation>Onglet En&amp;traînement</translation>
    </message>
    <message>
        <source>Show the training run</source>
        <translation>Afficher l&apos;exécution d&apos;entraînement</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Takes effect when ReLU Lab starts again</source>
        <translation>Prend effet au prochain démarrage de ReLU Lab</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Follow the system&apos;s language (now: %1)</source>
        <translation>Suivre la langue du système (actuellement&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Use %1 from the next start</source>
        <translation>Utiliser %1 à partir du prochain démarrage</translation>
    </message>
    <message>
        <source>The language changes when ReLU Lab starts again.</source>
        <translation>La langue changera au prochain démarrage de ReLU Lab.</translation>
    </message>
    <message>
        <source>&amp;Convention at kinks</source>
        <translation>&amp;Convention aux points anguleux</translation>
    </message>
    <message>
        <source>&amp;Left</source>
        <translation>&amp;Gauche</translation>
    </message>
    <message>
        <source>Use the left derivative: PyTorch&apos;s and TensorFlow&apos;s ReLU′(0) = 0 and Leaky′(0) = α; for maxout the smallest tied slope, which no framework computes</source>
        <translation>Utiliser la dérivée à gauche&#xa0;: ReLU′(0) = 0 et Leaky′(0) = α comme dans PyTorch et TensorFlow&#xa0;; pour maxout la plus petite des pentes à égalité, qu&apos;aucun framework ne calcule</translation>
    </message>
    <message>
        <source>&amp;Right</source>
        <translation>&amp;Droite</translation>
    </message>
    <message>
        <source>Use the right derivative: ReLU′(0) = 1, the largest tied slope</source>
        <translation>Utiliser la dérivée à droite&#xa0;: ReLU′(0) = 1, la plus grande des pentes à égalité</translation>
    </message>
    <message>
        <source>&amp;Mean</source>
        <translation>&amp;Moyenne</translation>
    </message>
    <message>
        <source>Use the mean of the left and right derivatives: ReLU′(0) = ½</source>
        <translation>Utiliser la moyenne des dérivées à gauche et à droite&#xa0;: ReLU′(0) = ½</translation>
    </message>
    <message>
        <source>&amp;First (PyTorch relu, max(dim))</source>
        <translation>&amp;Premier (PyTorch relu, max(dim))</translation>
    </message>
    <message>
        <source>Use what PyTorch&apos;s relu, leaky_relu and max(dim) compute: 0 and α as left; maxout as max over the piece dimension gives a tie to the first maximal piece (torch.amax would split it evenly)</source>
        <translation>Utiliser ce que calculent relu, leaky_relu et max(dim) de PyTorch&#xa0;: 0 et α comme à gauche&#xa0;; maxout écrit comme max sur la dimension des morceaux attribue une égalité au premier morceau maximal (torch.amax la partagerait également)</translation>
    </message>
    <message>
        <source>&amp;Play / Pause</source>
        <translation>&amp;Lecture / Pause</translation>
    </message>
    <message>
        <source>Start or pause training</source>
        <translation>Lancer ou mettre en pause l&apos;entraînement</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>&amp;Pas</translation>
    </message>
    <message>
        <source>Train one mini-batch step</source>
        <translation>Entraîner un pas de mini-lot</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Réinitialiser</translation>
    </message>
    <message>
        <source>Start the run over with the same seed</source>
        <translation>Recommencer l&apos;exécution avec la même graine</translation>
    </message>
    <message>
        <source>Linear re&amp;gions</source>
        <translation>Ré&amp;gions linéaires</translation>
    </message>
    <message>
        <source>Show the network&apos;s exact linear regions in the data plot: each region (one on/off pattern of the hidden units) its own colour, the selected unit&apos;s bent line bold</source>
        <translation>Afficher les régions linéaires exactes du réseau dans le graphique des données&#xa0;: chaque région (un motif allumé/éteint des neurones cachés) dans sa couleur, la ligne de pliure du neurone sélectionné en gras</translation>
    </message>
    <message>
        <source>&amp;Import data…</source>
        <translation>&amp;Importer des données…</translation>
    </message>
    <message>
        <source>Train on your own CSV examples</source>
        <translation>S&apos;entraîner sur vos propres exemples CSV</translation>
    </message>
    <message>
        <source>&amp;Compare with…</source>
        <translation>&amp;Comparer avec…</translation>
    </message>
    <message>
        <source>Train a second run beside this one, same data and seed, another activation</source>
        <translation>Entraîner une seconde exécution à côté de celle-ci, mêmes données et même graine, autre activation</translation>
    </message>
    <message>
        <source>S&amp;top comparing</source>
        <translation>Arrêter la c&amp;omparaison</translation>
    </message>
    <message>
        <source>End the second run</source>
        <translation>Terminer la seconde exécution</translation>
    </message>
    <message>
        <source>&amp;Born-dead networks…</source>
        <translation>Réseaux &amp;mort-nés…</translation>
    </message>
    <message>
        <source>How many deep, narrow ReLU nets are dead at initialisation</source>
        <translation>Combien de réseaux ReLU profonds et étroits sont morts à l&apos;initialisation</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>List every shortcut, menu by menu (F1 or ?)</source>
        <translation>Lister tous les raccourcis, menu par menu (F1 ou&#xa0;?)</translation>
    </message>
    <message>
        <source>&amp;About ReLU Lab</source>
        <translation>À &amp;propos de ReLU Lab</translation>
    </message>
    <message>
        <source>Version and purpose</source>
        <translation>Version et objectif</translation>
    </message>
    <message>
        <source>About ReLU Lab</source>
        <translation>À propos de ReLU Lab</translation>
    </message>
    <message>
        <source>&lt;b&gt;ReLU Lab&lt;/b&gt; %1&lt;br&gt;Explore ReLU, Leaky ReLU and Maxout, their derivatives and kinks.</source>
        <translation>&lt;b&gt;ReLU Lab&lt;/b&gt; %1&lt;br&gt;Explorer ReLU, Leaky ReLU et Maxout, leurs dérivées et leurs points anguleux.</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <source>Make all text larger, plots included (Ctrl+= or Ctrl++)</source>
        <translation>Agrandir tout le texte, graphiques compris (Ctrl+= ou Ctrl++)</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>Texte plus &amp;petit</translation>
    </message>
    <message>
        <source>Make all text smaller, plots included</source>
        <translation>Réduire tout le texte, graphiques compris</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Taille de texte &amp;normale</translation>
    </message>
    <message>
        <source>Back to the normal text size</source>
        <translation>Revenir à la taille de texte normale</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Haut contraste</translation>
    </message>
    <message>
        <source>Black on white, thicker lines and a stronger focus ring</source>
        <translation>Noir sur blanc, traits plus épais et anneau de focus plus marqué</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Mode présentation</translation>
    </message>
    <message>
        <source>Full screen with large text and thick lines for a projector; F5 or Esc leaves</source>
        <translation>Plein écran avec texte grand et traits épais pour un vidéoprojecteur&#xa0;; F5 ou Échap pour quitter</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présenter</translation>
    </message>
    <message>
        <source>L&amp;eave presentation mode</source>
        <translation>&amp;Quitter le mode présentation</translation>
    </message>
    <message>
        <source>Back to the normal window</source>
        <translation>Revenir à la fenêtre normale</translation>
    </message>
    <message>
        <source>&amp;Controls</source>
        <translation>C&amp;ommandes</translation>
    </message>
    <message>
        <source>Show or hide the control panels of both tabs; presentation mode folds them away to give the plots the room</source>
        <translation>Afficher ou masquer les panneaux de commandes des deux onglets&#xa0;; le mode présentation les replie pour laisser la place aux graphiques</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Pas</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Back to z from −10 to 10</source>
        <translation>Revenir à z de −10 à 10</translation>
    </message>
</context>
<context>
    <name>relulab::gui::MaxoutPiecesModel</name>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>caché</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>doublon</translation>
    </message>
    <message>
        <source>Piece %1 = %2 is the maximum on part of the z axis.</source>
        <translation>Le morceau %1 = %2 est le maximum sur une partie de l&apos;axe z.</translation>
    </message>
    <message>
        <source>Piece %1 = %2 is never the maximum: it does not shape the unit.</source>
        <translation>Le morceau %1 = %2 n&apos;est jamais le maximum&#xa0;: il ne façonne pas le neurone.</translation>
    </message>
    <message>
        <source>Piece %1 = %2 repeats an earlier piece.</source>
        <translation>Le morceau %1 = %2 répète un morceau précédent.</translation>
    </message>
    <message>
        <source>slope</source>
        <translation>pente</translation>
    </message>
    <message>
        <source>intercept</source>
        <translation>ordonnée à l&apos;origine</translation>
    </message>
    <message>
        <source>state</source>
        <translation>état</translation>
    </message>
    <message>
        <source>Piece %1: not a number</source>
        <translation>Morceau %1&#xa0;: pas un nombre</translation>
    </message>
</context>
<context>
    <name>relulab::gui::NetworkDiagram</name>
    <message>
        <source>Network diagram</source>
        <translation>Schéma du réseau</translation>
    </message>
    <message>
        <source> — collapsed</source>
        <translation> — effondré</translation>
    </message>
    <message>
        <source>Layer %1, unit %2</source>
        <translation>Couche %1, neurone %2</translation>
    </message>
    <message>
        <source>an unknown share</source>
        <translation>une part inconnue</translation>
    </message>
    <message>
        <source>%1: never off — sigmoid and tanh pass gradient on every example (z &gt; 0 on %2 of the training examples)</source>
        <translation>%1&#xa0;: jamais éteint — sigmoid et tanh transmettent le gradient sur chaque exemple (z &gt; 0 sur %2 des exemples d&apos;entraînement)</translation>
    </message>
    <message>
        <source>%1: dead — z ≤ 0 on every training example (active on %2 of them)</source>
        <translation>%1&#xa0;: mort — z ≤ 0 sur chaque exemple d&apos;entraînement (actif sur %2 d&apos;entre eux)</translation>
    </message>
    <message>
        <source>%1: inactive — z ≤ 0 on every training example, but it still passes gradient and can recover (active on %2 of them)</source>
        <translation>%1&#xa0;: inactif — z ≤ 0 sur chaque exemple d&apos;entraînement, mais il transmet encore le gradient et peut se rétablir (actif sur %2 d&apos;entre eux)</translation>
    </message>
    <message>
        <source>%1: starved — its own kink would pass gradient (active on %2 of the training examples), but none reaches its incoming weights: every path to the output is blocked by a dead layer or zero weights, or its inputs are all 0</source>
        <translation>%1&#xa0;: affamé — son propre point anguleux laisserait passer le gradient (actif sur %2 des exemples d&apos;entraînement), mais aucun n&apos;atteint ses poids entrants&#xa0;: chaque chemin vers la sortie est bloqué par une couche morte ou des poids nuls, ou ses entrées sont toutes 0</translation>
    </message>
    <message>
        <source>%1: active — z &gt; 0 on %2 of the training examples</source>
        <translation>%1&#xa0;: actif — z &gt; 0 sur %2 des exemples d&apos;entraînement</translation>
    </message>
    <message>
        <source>
At the probed point: z = %1, on</source>
        <translation>
Au point sondé&#xa0;: z = %1, allumé</translation>
    </message>
    <message>
        <source>
At the probed point: z = %1, off</source>
        <translation>
Au point sondé&#xa0;: z = %1, éteint</translation>
    </message>
    <message>
        <source>No network yet. Press Play to train.</source>
        <translation>Pas encore de réseau. Appuyez sur Lecture pour entraîner.</translation>
    </message>
    <message>
        <source>%1 hidden layers, %2 units: %3 dead, %4 starved, %5 inactive but alive (counting the starved ones that are off on all data), %6 active on some data.</source>
        <translation>%1 couches cachées, %2 neurones&#xa0;: %3 morts, %4 affamés, %5 inactifs mais vivants (en comptant les affamés éteints sur toutes les données), %6 actifs sur une partie des données.</translation>
    </message>
    <message>
        <source> Collapsed: a hidden layer is the same on every training example, so the output no longer depends on x.</source>
        <translation> Effondré&#xa0;: une couche cachée est identique sur chaque exemple d&apos;entraînement, donc la sortie ne dépend plus de x.</translation>
    </message>
    <message>
        <source> Sigmoid and tanh have no off region: no unit can be dead or inactive.</source>
        <translation> Sigmoid et tanh n&apos;ont pas de région éteinte&#xa0;: aucun neurone ne peut être mort ou inactif.</translation>
    </message>
    <message>
        <source> Selected: %1.</source>
        <translation> Sélectionné&#xa0;: %1.</translation>
    </message>
    <message>
        <source>dead (its kink blocks every example)</source>
        <translation>mort (son point anguleux bloque chaque exemple)</translation>
    </message>
    <message>
        <source>dotted, ⊘: starved (no gradient reaches it)</source>
        <translation>pointillé, ⊘&#xa0;: affamé (aucun gradient ne l&apos;atteint)</translation>
    </message>
    <message>
        <source>dashed: inactive (z ≤ 0 on all data)</source>
        <translation>tirets&#xa0;: inactif (z ≤ 0 sur toutes les données)</translation>
    </message>
    <message>
        <source>hatched: where the unit is off (z ≤ 0)</source>
        <translation>hachuré&#xa0;: où le neurone est éteint (z ≤ 0)</translation>
    </message>
    <message>
        <source>grey: z ≤ 0 (sigmoid and tanh are never off)</source>
        <translation>gris&#xa0;: z ≤ 0 (sigmoid et tanh ne sont jamais éteints)</translation>
    </message>
    <message>
        <source>on: z &gt; 0, darker = larger</source>
        <translation>allumé&#xa0;: z &gt; 0, plus foncé = plus grand</translation>
    </message>
    <message>
        <source>w &gt; 0 / w &lt; 0, width ∝ |w|</source>
        <translation>w &gt; 0 / w &lt; 0, épaisseur ∝ |w|</translation>
    </message>
    <message>
        <source>Press Play to train</source>
        <translation>Appuyez sur Lecture pour entraîner</translation>
    </message>
    <message>
        <source>input</source>
        <translation>entrée</translation>
    </message>
    <message>
        <source>output</source>
        <translation>sortie</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>couche %1</translation>
    </message>
    <message>
        <source>dead %1 / %2 (%3%)</source>
        <translation>morts %1 / %2 (%3&#xa0;%)</translation>
    </message>
    <message>
        <source>, starved %1</source>
        <translation>, affamés %1</translation>
    </message>
</context>
<context>
    <name>relulab::gui::PinsPanel</name>
    <message>
        <source>Pinned curves</source>
        <translation>Courbes épinglées</translation>
    </message>
    <message>
        <source>None. Pin the visible curves (P), then change α or the pieces to compare with them.</source>
        <translation>Aucune. Épinglez les courbes visibles (P), puis changez α ou les morceaux pour comparer.</translation>
    </message>
    <message>
        <source>Pin visible</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <source>Pin visible curves</source>
        <translation>Épingler les courbes visibles</translation>
    </message>
    <message>
        <source>Freeze every visible curve with its current parameters as a ghost to compare with (P); at most %1</source>
        <translation>Figer chaque courbe visible avec ses paramètres actuels comme fantôme pour comparer (P)&#xa0;; %1 au plus</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear pins</source>
        <translation>Désépingler tout</translation>
    </message>
    <message>
        <source>Remove every pinned curve (Shift+P)</source>
        <translation>Retirer toutes les courbes épinglées (Maj+P)</translation>
    </message>
    <message>
        <source>Unpin %1</source>
        <translation>Désépingler %1</translation>
    </message>
</context>
<context>
    <name>relulab::gui::ProbePanel</name>
    <message>
        <source>Calculation at the probed point</source>
        <translation>Calcul au point sondé</translation>
    </message>
    <message>
        <source>The selected unit&apos;s sum at the probed point: inputs × weights + bias = z, then f(z) and f′(z). Hover the data plot to probe a point, click to pin it.</source>
        <translation>La somme du neurone sélectionné au point sondé&#xa0;: entrées × poids + biais = z, puis f(z) et f′(z). Survolez le graphique des données pour sonder un point, cliquez pour le fixer.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Probe&lt;/b&gt;: hover the data plot to see the network at a point; click to pin it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Point sondé&lt;/b&gt;&#xa0;: survolez le graphique des données pour voir le réseau en un point&#xa0;; cliquez pour le fixer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Probe&lt;/b&gt;: no network yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Point sondé&lt;/b&gt;&#xa0;: pas encore de réseau.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>pinned: click or Esc releases, arrows move it</source>
        <translation>fixé&#xa0;: un clic ou Échap le libère, les flèches le déplacent</translation>
    </message>
    <message>
        <source>click to pin</source>
        <translation>cliquez pour fixer</translation>
    </message>
    <message>
        <source>ŷ = %1</source>
        <translation>ŷ = %1</translation>
    </message>
    <message>
        <source>ŷ = p(class 1) = %1 → class %2</source>
        <translation>ŷ = p(classe 1) = %1 → classe %2</translation>
    </message>
    <message>
        <source>Probe</source>
        <translation>Point sondé</translation>
    </message>
    <message>
        <source>layer %1 %2 (%3 on)</source>
        <translation>couche %1 %2 (%3 allumés)</translation>
    </message>
    <message>
        <source>ŷ = %1 → class %2</source>
        <translation>ŷ = %1 → classe %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Linear region %1 of %2&lt;/b&gt;: pattern %3&lt;br&gt;on it the network is affine: %4 = %5&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Région linéaire %1 sur %2&lt;/b&gt;&#xa0;: motif %3&lt;br&gt;sur elle le réseau est affine&#xa0;: %4 = %5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>ŷ</source>
        <translation>ŷ</translation>
    </message>
    <message>
        <source>logit</source>
        <translation>logit</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a unit in the diagram to see its sum here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sélectionnez un neurone dans le schéma pour voir ici sa somme.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Unit %1·%2&lt;/b&gt; (layer %1, unit %2), %3:&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Neurone %1·%2&lt;/b&gt; (couche %1, neurone %2), %3&#xa0;:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>input</source>
        <translation>entrée</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>× weight</source>
        <translation>× poids</translation>
    </message>
    <message>
        <source>× w&lt;sub&gt;%1&lt;/sub&gt;</source>
        <translation>× w&lt;sub&gt;%1&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>= term</source>
        <translation>= terme</translation>
    </message>
    <message>
        <source>+ bias</source>
        <translation>+ biais</translation>
    </message>
    <message>
        <source>= piece</source>
        <translation>= morceau</translation>
    </message>
    <message>
        <source> (piece %1 wins)</source>
        <translation> (le morceau %1 l&apos;emporte)</translation>
    </message>
    <message>
        <source>&lt;br&gt;z = 0 exactly: the kink. f′(0) = %1 is the %2 convention&apos;s value.</source>
        <translation>&lt;br&gt;z = 0 exactement&#xa0;: le point anguleux. f′(0) = %1 est la valeur de la convention %2.</translation>
    </message>
    <message>
        <source>&lt;br&gt;On: z &gt; 0, the unit passes its input.</source>
        <translation>&lt;br&gt;Allumé&#xa0;: z &gt; 0, le neurone transmet son entrée.</translation>
    </message>
    <message>
        <source>&lt;br&gt;Off: z ≤ 0, the unit passes %1.</source>
        <translation>&lt;br&gt;Éteint&#xa0;: z ≤ 0, le neurone transmet %1.</translation>
    </message>
    <message>
        <source>nothing (0)</source>
        <translation>rien (0)</translation>
    </message>
    <message>
        <source>its slope × z</source>
        <translation>sa pente × z</translation>
    </message>
</context>
<context>
    <name>relulab::gui::SessionDocument</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Removed from Open Recent (no longer there): %1</source>
        <translation>Retiré des fichiers récents (n&apos;existe plus)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>%1[*] — ReLU Lab</source>
        <translation>%1[*] — ReLU Lab</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source> (without the diverged network: the run starts at step 0 when opened)</source>
        <translation> (sans le réseau divergé&#xa0;: l&apos;exécution démarre au pas 0 à l&apos;ouverture)</translation>
    </message>
    <message>
        <source>Saved %1%2</source>
        <translation>%1%2 enregistré</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to %1 first?</source>
        <translation>Enregistrer d&apos;abord les modifications dans %1&#xa0;?</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nouvelle session</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Ouvrir une session</translation>
    </message>
    <message>
        <source>Could not open the session</source>
        <translation>Impossible d&apos;ouvrir la session</translation>
    </message>
    <message>
        <source>%1 was not opened:</source>
        <translation>%1 n&apos;a pas été ouvert&#xa0;:</translation>
    </message>
    <message>
        <source>%1

Nothing in the open session was changed.</source>
        <translation>%1

Rien n&apos;a été modifié dans la session ouverte.</translation>
    </message>
    <message>
        <source>Could not save the session</source>
        <translation>Impossible d&apos;enregistrer la session</translation>
    </message>
    <message>
        <source>%1 was not saved:
%2

The file on disk was left as it was.</source>
        <translation>%1 n&apos;a pas été enregistré&#xa0;:
%2

Le fichier sur le disque est resté tel quel.</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Enregistrer la session</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Session not found</source>
        <translation>Session introuvable</translation>
    </message>
    <message>
        <source>%1 no longer exists; it was removed from Open Recent.</source>
        <translation>%1 n&apos;existe plus&#xa0;; il a été retiré des fichiers récents.</translation>
    </message>
    <message>
        <source>No recent sessions</source>
        <translation>Aucune session récente</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
    <message>
        <source>Forget the recently opened and saved sessions</source>
        <translation>Oublier les sessions récemment ouvertes et enregistrées</translation>
    </message>
    <message>
        <source>The last session could not be restored (%1): %2. Started a new one.</source>
        <translation>La dernière session n&apos;a pas pu être restaurée (%1)&#xa0;: %2. Une nouvelle a été commencée.</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
</context>
<context>
    <name>relulab::gui::ShortcutSheet</name>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>On the plot, when it has focus</source>
        <translation>Sur le graphique, quand il a le focus</translation>
    </message>
    <message>
        <source>←</source>
        <translation>←</translation>
    </message>
    <message>
        <source>→</source>
        <translation>→</translation>
    </message>
    <message>
        <source>Move the cursor along z</source>
        <translation>Déplacer le curseur le long de z</translation>
    </message>
    <message>
        <source>It stops on every kink; the readout names the subgradient there</source>
        <translation>Il s&apos;arrête à chaque point anguleux&#xa0;; l&apos;affichage y indique le sous-gradient</translation>
    </message>
    <message>
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <source>Change α or the chosen maxout piece</source>
        <translation>Changer α ou le morceau maxout choisi</translation>
    </message>
    <message>
        <source>α by 0.01, a piece&apos;s intercept by 0.1</source>
        <translation>α de 0,01, l&apos;ordonnée à l&apos;origine d&apos;un morceau de 0,1</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Choose what ↑ ↓ change</source>
        <translation>Choisir ce que changent ↑ ↓</translation>
    </message>
    <message>
        <source>α, then each maxout piece in turn</source>
        <translation>α, puis chaque morceau maxout tour à tour</translation>
    </message>
    <message>
        <source>Shift + arrows</source>
        <translation>Maj + flèches</translation>
    </message>
    <message>
        <source>Finer steps</source>
        <translation>Pas plus fins</translation>
    </message>
    <message>
        <source>A tenth of the normal step</source>
        <translation>Un dixième du pas normal</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Shift+Tab</source>
        <translation>Maj+Tab</translation>
    </message>
    <message>
        <source>Next or previous control</source>
        <translation>Commande suivante ou précédente</translation>
    </message>
    <message>
        <source>The focused control has a ring round it</source>
        <translation>La commande qui a le focus est entourée d&apos;un anneau</translation>
    </message>
    <message>
        <source>Arrows</source>
        <translation>Flèches</translation>
    </message>
    <message>
        <source>Change a slider or spin box</source>
        <translation>Changer un curseur ou un champ numérique</translation>
    </message>
    <message>
        <source>With Shift: a tenth of the step</source>
        <translation>Avec Maj&#xa0;: un dixième du pas</translation>
    </message>
    <message>
        <source> on the diagram</source>
        <translation> sur le schéma</translation>
    </message>
    <message>
        <source>Select a unit of the network</source>
        <translation>Sélectionner un neurone du réseau</translation>
    </message>
    <message>
        <source>Home selects none</source>
        <translation>Début ne sélectionne rien</translation>
    </message>
    <message>
        <source>Shortcut list</source>
        <translation>Liste des raccourcis</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of ReLU Lab, grouped by menu, then the keys of the plot and of the controls</source>
        <translation>Tous les raccourcis clavier de ReLU Lab, groupés par menu, puis les touches du graphique et des commandes</translation>
    </message>
    <message>
        <source>Every keyboard shortcut, grouped by menu</source>
        <translation>Tous les raccourcis clavier, groupés par menu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the shortcut list (Esc)</source>
        <translation>Fermer la liste des raccourcis (Échap)</translation>
    </message>
</context>
<context>
    <name>relulab::gui::TimelineBar</name>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Step shown</source>
        <translation>Pas affiché</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Dernier</translation>
    </message>
    <message>
        <source>Show the newest step</source>
        <translation>Afficher le pas le plus récent</translation>
    </message>
    <message>
        <source>Show the run&apos;s newest step again (End). Play also goes on from there.</source>
        <translation>Afficher de nouveau le pas le plus récent de l&apos;exécution (Fin). Lecture reprend aussi à partir de là.</translation>
    </message>
    <message>
        <source>Continue from here…</source>
        <translation>Continuer d&apos;ici…</translation>
    </message>
    <message>
        <source>Continue from the step shown</source>
        <translation>Continuer à partir du pas affiché</translation>
    </message>
    <message>
        <source>Discard the history after the step shown and train on from it, exactly as a run that had stopped there would</source>
        <translation>Abandonner l&apos;historique après le pas affiché et reprendre l&apos;entraînement à partir de lui, exactement comme le ferait une exécution arrêtée là</translation>
    </message>
    <message>
        <source>unit %1·%2</source>
        <translation>neurone %1·%2</translation>
    </message>
    <message>
        <source>%1 never died</source>
        <translation>%1 n&apos;est jamais mort</translation>
    </message>
    <message>
        <source>Continue from step %1?</source>
        <translation>Continuer à partir du pas %1&#xa0;?</translation>
    </message>
    <message>
        <source>Train on from step %1 and discard the history after it (steps %2 to %3)?</source>
        <translation>Reprendre l&apos;entraînement au pas %1 et abandonner l&apos;historique qui suit (pas %2 à %3)&#xa0;?</translation>
    </message>
    <message>
        <source>Continue from step %1</source>
        <translation>Continuer à partir du pas %1</translation>
    </message>
    <message>
        <source>The run goes on exactly as a run that had stopped at step %1 would: same weights, optimizer state and batch order.</source>
        <translation>L&apos;exécution continue exactement comme une exécution arrêtée au pas %1&#xa0;: mêmes poids, même état de l&apos;optimiseur et même ordre des lots.</translation>
    </message>
    <message>
        <source>Showing step %1 of %2</source>
        <translation>Pas %1 sur %2 affiché</translation>
    </message>
    <message>
        <source>Which step every view shows</source>
        <translation>Le pas que montre chaque vue</translation>
    </message>
    <message>
        <source>Selected unit&apos;s history</source>
        <translation>Historique du neurone sélectionné</translation>
    </message>
    <message>
        <source>When the selected unit died and revived in the run&apos;s history</source>
        <translation>Quand le neurone sélectionné est mort et a été ranimé dans l&apos;historique de l&apos;exécution</translation>
    </message>
    <message>
        <source>Newest step</source>
        <translation>Pas le plus récent</translation>
    </message>
</context>
<context>
    <name>relulab::gui::TimelineTrack</name>
    <message>
        <source>Training timeline</source>
        <translation>Chronologie de l&apos;entraînement</translation>
    </message>
    <message>
        <source>The run&apos;s history: drag or click to show a kept step in every view; ←/→ one kept step, PgUp/PgDn a tenth of the run, Home the start, End or Esc the newest step. ▼ a unit died, ▲ it revived.</source>
        <translation>L&apos;historique de l&apos;exécution&#xa0;: faites glisser ou cliquez pour afficher un pas conservé dans chaque vue&#xa0;; ←/→ un pas conservé, Pg préc/Pg suiv un dixième de l&apos;exécution, Début le départ, Fin ou Échap le pas le plus récent. ▼ un neurone est mort, ▲ il a été ranimé.</translation>
    </message>
</context>
<context>
    <name>relulab::gui::TrainingCurves</name>
    <message>
        <source>Training curves</source>
        <translation>Courbes d&apos;entraînement</translation>
    </message>
    <message>
        <source>Loss over training steps (train: solid line, test: dashed line) on the left axis and the share of dead hidden units (thick grey step line) on the right axis. When two runs are compared: each run&apos;s train loss (thin) and dead share (thick step line), the main run solid blue, the second run dashed vermillion; the legend names each run with its dead units. On the outer right axis, the number of linear regions of the main run&apos;s network in the input view&apos;s box (dash-dot line; triangles where the count stopped at its limit), with a thin line for the most a one-hidden-layer net can have or a dotted line for the scale of a deeper one.</source>
        <translation>La perte au fil des pas d&apos;entraînement (entraînement&#xa0;: trait continu, test&#xa0;: tirets) sur l&apos;axe de gauche et la part des neurones cachés morts (ligne en escalier grise épaisse) sur l&apos;axe de droite. Quand deux exécutions sont comparées&#xa0;: la perte d&apos;entraînement de chacune (trait fin) et sa part de neurones morts (ligne en escalier épaisse), l&apos;exécution principale en bleu continu, la seconde en vermillon tireté&#xa0;; la légende nomme chaque exécution avec ses neurones morts. Sur l&apos;axe de droite extérieur, le nombre de régions linéaires du réseau de l&apos;exécution principale dans le cadre de la vue d&apos;entrée (trait tiret-point&#xa0;; triangles là où le comptage s&apos;est arrêté à sa limite), avec une ligne fine pour le maximum qu&apos;un réseau à une couche cachée peut avoir ou une ligne pointillée pour l&apos;ordre de grandeur d&apos;un réseau plus profond.</translation>
    </message>
    <message>
        <source>step</source>
        <translation>pas</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>perte</translation>
    </message>
    <message>
        <source>dead units (%)</source>
        <translation>neurones morts (%)</translation>
    </message>
    <message>
        <source>linear regions</source>
        <translation>régions linéaires</translation>
    </message>
    <message>
        <source>dead (%)</source>
        <translation>morts (%)</translation>
    </message>
    <message>
        <source>loss (log scale)</source>
        <translation>perte (échelle log)</translation>
    </message>
    <message>
        <source>log loss</source>
        <translation>log perte</translation>
    </message>
    <message>
        <source>regions</source>
        <translation>régions</translation>
    </message>
    <message>
        <source>%1: %2 / %3 dead (%4%)</source>
        <translation>%1&#xa0;: %2 / %3 morts (%4&#xa0;%)</translation>
    </message>
    <message>
        <source>train loss</source>
        <translation>perte d&apos;entraînement</translation>
    </message>
    <message>
        <source>test loss</source>
        <translation>perte de test</translation>
    </message>
    <message>
        <source>dead units</source>
        <translation>neurones morts</translation>
    </message>
    <message>
        <source>≥: more regions than the limit</source>
        <translation>≥&#xa0;: plus de régions que la limite</translation>
    </message>
    <message>
        <source>linear regions (%1)</source>
        <translation>régions linéaires (%1)</translation>
    </message>
    <message>
        <source>max %1 = N + 1</source>
        <translation>max %1 = N + 1</translation>
    </message>
    <message>
        <source>At most %1 intervals: each of the N = %2 hidden units bends the output at most once along x, and %2 kinks cut the line into at most N + 1 = %1 intervals. Inside the view&apos;s range there can only be fewer.</source>
        <translation>Au plus %1 intervalles&#xa0;: chacun des N = %2 neurones cachés plie la sortie au plus une fois le long de x, et %2 points anguleux découpent la droite en au plus N + 1 = %1 intervalles. Dans l&apos;intervalle de la vue, il ne peut y en avoir que moins.</translation>
    </message>
    <message>
        <source>max %1 (Zaslavsky)</source>
        <translation>max %1 (Zaslavsky)</translation>
    </message>
    <message>
        <source>~ units = %1</source>
        <translation>~ neurones = %1</translation>
    </message>
    <message>
        <source>~ (units)² = %1</source>
        <translation>~ (neurones)² = %1</translation>
    </message>
    <message>
        <source>At most %1 regions: the N = %2 hidden units are %2 lines in the plane, and %2 lines in general position cut it into 1 + N + N(N−1)/2 = %1 regions (Zaslavsky 1975). Inside the view&apos;s box there can only be fewer: 1 + (lines crossing the box) + (crossings inside it).</source>
        <translation>Au plus %1 régions&#xa0;: les N = %2 neurones cachés sont %2 droites du plan, et %2 droites en position générale le découpent en 1 + N + N(N−1)/2 = %1 régions (Zaslavsky 1975). Dans le cadre de la vue, il ne peut y en avoir que moins&#xa0;: 1 + (droites qui traversent le cadre) + (intersections à l&apos;intérieur).</translation>
    </message>
    <message>
        <source>A scale, not an exact limit: for a 1-D input, the average number of linear pieces of a ReLU network at initialisation is bounded by about (number of hidden units)¹ = %1, independent of depth, and stays near that in training (Hanin &amp; Rolnick 2019, “Deep ReLU Networks Have Surprisingly Few Activation Patterns”). The most a deep net can have grows exponentially with depth (Montúfar et al. 2014).</source>
        <translation>Un ordre de grandeur, pas une limite exacte&#xa0;: pour une entrée 1-D, le nombre moyen de morceaux linéaires d&apos;un réseau ReLU à l&apos;initialisation est borné par environ (nombre de neurones cachés)¹ = %1, indépendamment de la profondeur, et reste proche de cette valeur pendant l&apos;entraînement (Hanin &amp; Rolnick 2019, «&#xa0;Deep ReLU Networks Have Surprisingly Few Activation Patterns&#xa0;»). Le maximum qu&apos;un réseau profond peut avoir croît exponentiellement avec la profondeur (Montúfar et al. 2014).</translation>
    </message>
    <message>
        <source>A scale, not an exact limit: for a 2-D input, the average number of regions of a ReLU network at initialisation is bounded by about (number of hidden units)² = %1 × %1 = %2, independent of depth, and stays near that in training (Hanin &amp; Rolnick 2019, “Deep ReLU Networks Have Surprisingly Few Activation Patterns”). The most a deep net can have grows exponentially with depth (Montúfar et al. 2014).</source>
        <translation>Un ordre de grandeur, pas une limite exacte&#xa0;: pour une entrée 2-D, le nombre moyen de régions d&apos;un réseau ReLU à l&apos;initialisation est borné par environ (nombre de neurones cachés)² = %1 × %1 = %2, indépendamment de la profondeur, et reste proche de cette valeur pendant l&apos;entraînement (Hanin &amp; Rolnick 2019, «&#xa0;Deep ReLU Networks Have Surprisingly Few Activation Patterns&#xa0;»). Le maximum qu&apos;un réseau profond peut avoir croît exponentiellement avec la profondeur (Montúfar et al. 2014).</translation>
    </message>
    <message>
        <source>dead, layer %1</source>
        <translation>morts, couche %1</translation>
    </message>
</context>
<context>
    <name>relulab::gui::TrainingPanel</name>
    <message>
        <source>Training controls</source>
        <translation>Commandes d&apos;entraînement</translation>
    </message>
    <message>
        <source>Training message</source>
        <translation>Message d&apos;entraînement</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>Lecture ou pause</translation>
    </message>
    <message>
        <source>Start or pause training (Space)</source>
        <translation>Lancer ou mettre en pause l&apos;entraînement (Espace)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Pas</translation>
    </message>
    <message>
        <source>Train one mini-batch step (N)</source>
        <translation>Entraîner un pas de mini-lot (N)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Start over from step 0 with the same seed: the identical run (Ctrl+R)</source>
        <translation>Recommencer au pas 0 avec la même graine&#xa0;: exactement la même exécution (Ctrl+R)</translation>
    </message>
    <message>
        <source>Training speed</source>
        <translation>Vitesse d&apos;entraînement</translation>
    </message>
    <message>
        <source>Steps per second, from 1 to 10,000; far right: as fast as possible</source>
        <translation>Pas par seconde, de 1 à 10&#xa0;000&#xa0;; tout à droite&#xa0;: aussi vite que possible</translation>
    </message>
    <message>
        <source>Training speed value</source>
        <translation>Valeur de la vitesse d&apos;entraînement</translation>
    </message>
    <message>
        <source>Steps per second</source>
        <translation>Pas par seconde</translation>
    </message>
    <message>
        <source>%1 steps/s</source>
        <translation>%1 pas/s</translation>
    </message>
    <message>
        <source>speed</source>
        <translation>vitesse</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>The toy data set: 2-D classification (circle, xor, ...), class by a curve (above-sine, above-cubic, above-abs) or 1-D regression (abs, sine, step)</source>
        <translation>Le jeu de données jouet&#xa0;: classification 2-D (circle, xor, ...), classe selon une courbe (above-sine, above-cubic, above-abs) ou régression 1-D (abs, sine, step)</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Bruit</translation>
    </message>
    <message>
        <source>Noise added to the examples, in the data&apos;s units</source>
        <translation>Bruit ajouté aux exemples, dans les unités des données</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <source>Number of examples; 20% are held out for testing</source>
        <translation>Nombre d&apos;exemples&#xa0;; 20&#xa0;% sont réservés au test</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importer un CSV…</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Importer un CSV</translation>
    </message>
    <message>
        <source>Train on your own examples: rows x1,x2,label or x,y</source>
        <translation>S&apos;entraîner sur vos propres exemples&#xa0;: lignes x1,x2,label ou x,y</translation>
    </message>
    <message>
        <source>set</source>
        <translation>jeu</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>bruit</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>exemples</translation>
    </message>
    <message>
        <source>Class a click adds</source>
        <translation>Classe ajoutée par un clic</translation>
    </message>
    <message>
        <source>Click the data plot to add an example of this class; Shift+click removes the nearest example. The run starts over on the new data.</source>
        <translation>Cliquez sur le graphique des données pour ajouter un exemple de cette classe&#xa0;; Maj+clic retire l&apos;exemple le plus proche. L&apos;exécution recommence sur les nouvelles données.</translation>
    </message>
    <message>
        <source>Ctrl+click adds class 1 (● blue)</source>
        <translation>Ctrl+clic ajoute la classe 1 (● bleu)</translation>
    </message>
    <message>
        <source>Ctrl+click adds class 0 (▲ orange)</source>
        <translation>Ctrl+clic ajoute la classe 0 (▲ orange)</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>édition</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Hidden layer widths</source>
        <translation>Largeurs des couches cachées</translation>
    </message>
    <message>
        <source>Widths of the hidden layers, e.g. 8,8 (1 to 12 layers of 1 to 32 units)</source>
        <translation>Largeurs des couches cachées, p. ex. 8,8 (1 à 12 couches de 1 à 32 neurones)</translation>
    </message>
    <message>
        <source>+ layer</source>
        <translation>+ couche</translation>
    </message>
    <message>
        <source>Add layer</source>
        <translation>Ajouter une couche</translation>
    </message>
    <message>
        <source>Add a hidden layer as wide as the last</source>
        <translation>Ajouter une couche cachée aussi large que la dernière</translation>
    </message>
    <message>
        <source>− layer</source>
        <translation>− couche</translation>
    </message>
    <message>
        <source>Remove layer</source>
        <translation>Retirer une couche</translation>
    </message>
    <message>
        <source>Remove the last hidden layer</source>
        <translation>Retirer la dernière couche cachée</translation>
    </message>
    <message>
        <source>widths</source>
        <translation>largeurs</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>activation</translation>
    </message>
    <message>
        <source>Initialisation</source>
        <translation>Initialisation</translation>
    </message>
    <message>
        <source>He normal N(0, gain/fan-in), He uniform (the same variance), or Xavier uniform U(±√(6/(fan-in + fan-out))). He&apos;s gain is 2 for ReLU, 2/(1 + a²) for Leaky and PReLU (a = α, or PReLU&apos;s initial 0.25), and 1/E[Mₖ²] for maxout of k pieces, Mₖ the largest of k standard normals: 1, 0.78, 0.64, 0.56 for k = 2 … 5 (He&apos;s 2 would make maxout layers grow).</source>
        <translation>He normale N(0, gain/fan-in), He uniforme (même variance) ou Xavier uniforme U(±√(6/(fan-in + fan-out))). Le gain de He vaut 2 pour ReLU, 2/(1 + a²) pour Leaky et PReLU (a = α, ou le 0,25 initial de PReLU), et 1/E[Mₖ²] pour maxout à k morceaux, Mₖ le plus grand de k tirages normaux centrés réduits&#xa0;: 1, 0,78, 0,64, 0,56 pour k = 2 … 5 (le 2 de He ferait croître les couches maxout).</translation>
    </message>
    <message>
        <source>He normal</source>
        <translation>He normale</translation>
    </message>
    <message>
        <source>He uniform</source>
        <translation>He uniforme</translation>
    </message>
    <message>
        <source>Xavier</source>
        <translation>Xavier</translation>
    </message>
    <message>
        <source>init</source>
        <translation>init.</translation>
    </message>
    <message>
        <source>Bias init</source>
        <translation>Initialisation des biais</translation>
    </message>
    <message>
        <source>bias init</source>
        <translation>init. biais</translation>
    </message>
    <message>
        <source>Hidden activation</source>
        <translation>Activation cachée</translation>
    </message>
    <message>
        <source>ReLU, Leaky ReLU (slope α), PReLU (a learned slope per unit, starts at 0.25; PyTorch&apos;s nn.PReLU shares one slope per layer by default), Maxout (k pieces), or for comparison sigmoid and tanh. Switching between ReLU, Leaky, PReLU, sigmoid and tanh keeps the weights: dead units can come back. Switching to or from Maxout starts a new network.</source>
        <translation>ReLU, Leaky ReLU (pente α), PReLU (une pente apprise par neurone, démarre à 0,25&#xa0;; nn.PReLU de PyTorch partage par défaut une pente par couche), Maxout (k morceaux), ou pour comparaison sigmoid et tanh. Passer de ReLU, Leaky, PReLU, sigmoid et tanh de l&apos;une à l&apos;autre garde les poids&#xa0;: les neurones morts peuvent revenir. Passer à Maxout ou en sortir démarre un nouveau réseau.</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>max(0, z): flat for z &lt; 0</source>
        <translation>max(0, z)&#xa0;: plate pour z &lt; 0</translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <source>z for z &gt; 0, α·z otherwise</source>
        <translation>z pour z &gt; 0, α·z sinon</translation>
    </message>
    <message>
        <source>PReLU</source>
        <translation>PReLU</translation>
    </message>
    <message>
        <source>Leaky ReLU whose slope α is learned, one per unit</source>
        <translation>Leaky ReLU dont la pente α est apprise, une par neurone</translation>
    </message>
    <message>
        <source>Maxout</source>
        <translation>Maxout</translation>
    </message>
    <message>
        <source>The largest of k affine pieces, each with its own weights</source>
        <translation>Le plus grand de k morceaux affines, chacun avec ses propres poids</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation>Sigmoid</translation>
    </message>
    <message>
        <source>σ(z) = 1/(1+e⁻ᶻ): saturates on both sides, σ′ ≤ 1/4, so gradients vanish in deep nets. Never dead. Xavier is the initialisation derived for it.</source>
        <translation>σ(z) = 1/(1+e⁻ᶻ)&#xa0;: sature des deux côtés, σ′ ≤ 1/4, donc les gradients disparaissent dans les réseaux profonds. Jamais morte. Xavier est l&apos;initialisation dérivée pour elle.</translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <source>tanh(z): saturates on both sides, tanh′ ≤ 1, so gradients shrink in deep nets. Never dead. Xavier is the initialisation derived for it.</source>
        <translation>tanh(z)&#xa0;: sature des deux côtés, tanh′ ≤ 1, donc les gradients rétrécissent dans les réseaux profonds. Jamais morte. Xavier est l&apos;initialisation dérivée pour elle.</translation>
    </message>
    <message>
        <source>Leaky slope alpha</source>
        <translation>Pente leaky alpha</translation>
    </message>
    <message>
        <source>Leaky ReLU slope α for z &lt; 0, in [0, 1)</source>
        <translation>Pente α de Leaky ReLU pour z &lt; 0, dans [0, 1)</translation>
    </message>
    <message>
        <source>Maxout pieces</source>
        <translation>Morceaux maxout</translation>
    </message>
    <message>
        <source>Pieces per maxout unit, 2 to 5</source>
        <translation>Morceaux par neurone maxout, 2 à 5</translation>
    </message>
    <message>
        <source>Optimiser</source>
        <translation>Optimiseur</translation>
    </message>
    <message>
        <source>SGD, SGD with momentum 0.9, or Adam</source>
        <translation>SGD, SGD avec momentum 0,9, ou Adam</translation>
    </message>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>optimiser</source>
        <translation>optimiseur</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Step size; can be changed while training runs. Too high kills ReLU units or makes the loss diverge</source>
        <translation>Taille du pas&#xa0;; modifiable pendant l&apos;entraînement. Trop élevé, il tue des neurones ReLU ou fait diverger la perte</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Taille de lot</translation>
    </message>
    <message>
        <source>Examples per step</source>
        <translation>Exemples par pas</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>lot</translation>
    </message>
    <message>
        <source>L2 weight decay</source>
        <translation>Décroissance des poids L2</translation>
    </message>
    <message>
        <source>L2 penalty on the weights (not biases)</source>
        <translation>Pénalité L2 sur les poids (pas les biais)</translation>
    </message>
    <message>
        <source>L2</source>
        <translation>L2</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>Seed of the data, the initial weights and the batch order: same seed, same run</source>
        <translation>Graine des données, des poids initiaux et de l&apos;ordre des lots&#xa0;: même graine, même exécution</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>graine</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>Importer des données</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Every hidden bias starts here; a strongly negative value (e.g. −2) kills ReLU units on purpose</source>
        <translation>Chaque biais caché démarre ici&#xa0;; une valeur fortement négative (p. ex. −2) tue délibérément des neurones ReLU</translation>
    </message>
</context>
<context>
    <name>relulab::gui::TrainingTab</name>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Training controls</source>
        <translation>Commandes d&apos;entraînement</translation>
    </message>
    <message>
        <source>Training status</source>
        <translation>État de l&apos;entraînement</translation>
    </message>
    <message>
        <source>Step, losses, test accuracy, dead and starved units, whether the network has collapsed, and training speed</source>
        <translation>Pas, pertes, précision en test, neurones morts et affamés, effondrement éventuel du réseau, et vitesse d&apos;entraînement</translation>
    </message>
    <message>
        <source>The examples (filled: training, hollow: test), the network&apos;s prediction and, hatched, where the selected unit is off (z ≤ 0).
Hover: probe the network at a point, and every view follows. Click: pin the probe; click again or Esc: release it; arrow keys move a pinned probe (Shift: finer).
Ctrl+click: add an example; Shift+click: remove the nearest.</source>
        <translation>Les exemples (pleins&#xa0;: entraînement, vides&#xa0;: test), la prédiction du réseau et, hachuré, où le neurone sélectionné est éteint (z ≤ 0).
Survol&#xa0;: sonder le réseau en un point, et chaque vue suit. Clic&#xa0;: fixer le point sondé&#xa0;; nouveau clic ou Échap&#xa0;: le libérer&#xa0;; les flèches déplacent un point sondé fixé (Maj&#xa0;: plus fin).
Ctrl+clic&#xa0;: ajouter un exemple&#xa0;; Maj+clic&#xa0;: retirer le plus proche.</translation>
    </message>
    <message>
        <source>Training and test loss, the share of dead hidden units and the number of linear regions in the input view&apos;s box, against the step (when comparing, the regions are the main run&apos;s). Hover a reference line to see what it means.</source>
        <translation>Pertes d&apos;entraînement et de test, part des neurones cachés morts et nombre de régions linéaires dans le cadre de la vue d&apos;entrée, en fonction du pas (en comparaison, les régions sont celles de l&apos;exécution principale). Survolez une ligne de référence pour voir ce qu&apos;elle signifie.</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Play&lt;/b&gt; (Space) to train.</source>
        <translation>Appuyez sur &lt;b&gt;Lecture&lt;/b&gt; (Espace) pour entraîner.</translation>
    </message>
    <message>
        <source>Pre-activation histogram</source>
        <translation>Histogramme de la pré-activation</translation>
    </message>
    <message>
        <source>How the selected unit&apos;s pre-activation z is spread over the training data; left of 0 (shaded) the ReLU is off</source>
        <translation>Répartition de la pré-activation z du neurone sélectionné sur les données d&apos;entraînement&#xa0;; à gauche de 0 (ombré), la ReLU est éteinte</translation>
    </message>
    <message>
        <source>Bars: how many training examples give each value of the selected unit&apos;s pre-activation z. The hatched area left of z = 0 is where a ReLU is off; a dead unit has every bar there.</source>
        <translation>Barres&#xa0;: combien d&apos;exemples d&apos;entraînement donnent chaque valeur de la pré-activation z du neurone sélectionné. La zone hachurée à gauche de z = 0 est celle où une ReLU est éteinte&#xa0;; un neurone mort y a toutes ses barres.</translation>
    </message>
    <message>
        <source>z of the selected unit</source>
        <translation>z du neurone sélectionné</translation>
    </message>
    <message>
        <source>examples</source>
        <translation>exemples</translation>
    </message>
    <message>
        <source>step &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>pas &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>loss &lt;b&gt;%1&lt;/b&gt; (test %2)</source>
        <translation>perte &lt;b&gt;%1&lt;/b&gt; (test %2)</translation>
    </message>
    <message>
        <source>test accuracy &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>précision en test &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>dead &lt;b&gt;%1 / %2&lt;/b&gt; (%3)</source>
        <translation>morts &lt;b&gt;%1 / %2&lt;/b&gt; (%3)</translation>
    </message>
    <message>
        <source>starved &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>affamés &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>collapsed: the output is the same for every training input</source>
        <translation>effondré&#xa0;: la sortie est la même pour chaque entrée d&apos;entraînement</translation>
    </message>
    <message>
        <source>%1 examples/s</source>
        <translation>%1 exemples/s</translation>
    </message>
    <message>
        <source>unit %1·%2</source>
        <translation>neurone %1·%2</translation>
    </message>
    <message>
        <source>select a unit in the diagram</source>
        <translation>sélectionnez un neurone dans le schéma</translation>
    </message>
    <message>
        <source>z of %1 on the training data</source>
        <translation>z de %1 sur les données d&apos;entraînement</translation>
    </message>
    <message>
        <source>Compare: %1</source>
        <translation>Comparaison&#xa0;: %1</translation>
    </message>
    <message>
        <source>This run: %1</source>
        <translation>Cette exécution&#xa0;: %1</translation>
    </message>
    <message>
        <source>ŷ = %1 → class %2</source>
        <translation>ŷ = %1 → classe %2</translation>
    </message>
    <message>
        <source> · region %1</source>
        <translation> · région %1</translation>
    </message>
    <message>
        <source>unit %1·%2 at the probe</source>
        <translation>neurone %1·%2 au point sondé</translation>
    </message>
    <message>
        <source>
In the run&apos;s history: %1</source>
        <translation>
Dans l&apos;historique de l&apos;exécution&#xa0;: %1</translation>
    </message>
    <message>
        <source>showing kept step &lt;b&gt;%1&lt;/b&gt; of %2</source>
        <translation>pas conservé &lt;b&gt;%1&lt;/b&gt; sur %2 affiché</translation>
    </message>
</context>
<context>
    <name>relulab::session::ExplorerState</name>
    <message>
        <source>there is no maxout piece %1</source>
        <translation>il n&apos;y a pas de morceau maxout %1</translation>
    </message>
    <message>
        <source>the number of samples must be between 2 and 1000000</source>
        <translation>le nombre d&apos;échantillons doit être compris entre 2 et 1000000</translation>
    </message>
</context>
<context>
    <name>relulab::session::TrainingSetupModel</name>
    <message>
        <source>the number of samples must be between %1 and %2</source>
        <translation>le nombre d&apos;exemples doit être compris entre %1 et %2</translation>
    </message>
    <message>
        <source>the noise must be a number in [0, 10]</source>
        <translation>le bruit doit être un nombre dans [0, 10]</translation>
    </message>
</context>
<context>
    <name>relulab::session::TrainingWorker</name>
    <message>
        <source>loss became %1 at step %2 — learning rate too high? Reset to start over.</source>
        <translation>la perte est devenue %1 au pas %2 — taux d&apos;apprentissage trop élevé&#xa0;? Réinitialisez pour recommencer.</translation>
    </message>
    <message>
        <source>infinite</source>
        <translation>infinie</translation>
    </message>
    <message>
        <source>a weight became NaN or infinite by step %1 — learning rate too high? Reset to start over.</source>
        <translation>un poids est devenu NaN ou infini au pas %1 — taux d&apos;apprentissage trop élevé&#xa0;? Réinitialisez pour recommencer.</translation>
    </message>
    <message>
        <source>Shown: the network at step %1, its last finite state.</source>
        <translation>Affiché&#xa0;: le réseau au pas %1, son dernier état fini.</translation>
    </message>
</context>
</TS>
