<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AnimationWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>an empty frame</source>
        <translation>ein leeres Bild</translation>
    </message>
    <message>
        <source>the animation was not started</source>
        <translation>die Animation wurde nicht begonnen</translation>
    </message>
    <message>
        <source>no frames to encode</source>
        <translation>keine Bilder zum Kodieren</translation>
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
        <translation>Steuerung des Explorers</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>&amp;ReLU  (solid)</source>
        <translation>&amp;ReLU  (durchgezogen)</translation>
    </message>
    <message>
        <source>Show ReLU(z) = max(0, z) and its derivative (blue, solid line, round markers).</source>
        <translation>ReLU(z) = max(0, z) und ihre Ableitung zeigen (blau, durchgezogene Linie, runde Markierungen).</translation>
    </message>
    <message>
        <source>Show ReLU</source>
        <translation>ReLU zeigen</translation>
    </message>
    <message>
        <source>&amp;Leaky ReLU  (dashed)</source>
        <translation>&amp;Leaky ReLU  (gestrichelt)</translation>
    </message>
    <message>
        <source>Show Leaky ReLU(z) = max(αz, z) and its derivative (vermillion, dashed line, square markers).</source>
        <translation>Leaky ReLU(z) = max(αz, z) und ihre Ableitung zeigen (zinnoberrot, gestrichelte Linie, quadratische Markierungen).</translation>
    </message>
    <message>
        <source>Show Leaky ReLU</source>
        <translation>Leaky ReLU zeigen</translation>
    </message>
    <message>
        <source>&amp;Maxout  (dash-dot)</source>
        <translation>&amp;Maxout  (Strich-Punkt)</translation>
    </message>
    <message>
        <source>Show the maxout unit max_i(w_i z + b_i), its pieces and its derivative (bluish green, dash-dot line, diamond markers).</source>
        <translation>Das Maxout-Neuron max_i(w_i z + b_i), seine Stücke und seine Ableitung zeigen (blaugrün, Strich-Punkt-Linie, Rauten).</translation>
    </message>
    <message>
        <source>Show Maxout</source>
        <translation>Maxout zeigen</translation>
    </message>
    <message>
        <source>Smooth cousins ▾</source>
        <translation>Glatte Verwandte ▾</translation>
    </message>
    <message>
        <source>Show smooth activations for contrast: no kink, the derivative never jumps.</source>
        <translation>Glatte Aktivierungsfunktionen zum Vergleich zeigen: kein Knick, die Ableitung springt nie.</translation>
    </message>
    <message>
        <source>Show the smooth cousins</source>
        <translation>Die glatten Verwandten zeigen</translation>
    </message>
    <message>
        <source>Smooth cousins</source>
        <translation>Glatte Verwandte</translation>
    </message>
    <message>
        <source>Softplus  (dotted)</source>
        <translation>Softplus  (gepunktet)</translation>
    </message>
    <message>
        <source>Softplus(z) = log(1 + e^(βz)) / β: a smooth ReLU.</source>
        <translation>Softplus(z) = log(1 + e^(βz)) / β: eine glatte ReLU.</translation>
    </message>
    <message>
        <source>Show Softplus</source>
        <translation>Softplus zeigen</translation>
    </message>
    <message>
        <source>Softplus sharpness β (&gt; 0): the larger, the closer to ReLU.</source>
        <translation>Schärfe β der Softplus (&gt; 0): je größer, desto näher an ReLU.</translation>
    </message>
    <message>
        <source>Softplus beta</source>
        <translation>Softplus-Beta</translation>
    </message>
    <message>
        <source>ELU  (dash-dot-dot)</source>
        <translation>ELU  (Strich-Punkt-Punkt)</translation>
    </message>
    <message>
        <source>ELU(z) = z for z &gt; 0, e^z − 1 otherwise (α = 1).</source>
        <translation>ELU(z) = z für z &gt; 0, sonst e^z − 1 (α = 1).</translation>
    </message>
    <message>
        <source>Show ELU</source>
        <translation>ELU zeigen</translation>
    </message>
    <message>
        <source>GELU  (long dashes)</source>
        <translation>GELU  (lange Striche)</translation>
    </message>
    <message>
        <source>GELU(z) = z · Φ(z), Φ the standard normal CDF.</source>
        <translation>GELU(z) = z · Φ(z), Φ die Verteilungsfunktion der Standardnormalverteilung.</translation>
    </message>
    <message>
        <source>Show GELU</source>
        <translation>GELU zeigen</translation>
    </message>
    <message>
        <source>SiLU  (fine dots)</source>
        <translation>SiLU  (feine Punkte)</translation>
    </message>
    <message>
        <source>SiLU(z) = z · σ(z), also called swish.</source>
        <translation>SiLU(z) = z · σ(z), auch Swish genannt.</translation>
    </message>
    <message>
        <source>Show SiLU</source>
        <translation>SiLU zeigen</translation>
    </message>
    <message>
        <source>Sigmoid  (long dash-dot)</source>
        <translation>Sigmoid  (lange Strich-Punkte)</translation>
    </message>
    <message>
        <source>σ(z) = 1 / (1 + e^−z), what ReLU replaced: it saturates on both sides and σ′ ≤ 1/4 (at 0), so gradients vanish through many layers.</source>
        <translation>σ(z) = 1 / (1 + e^−z), was ReLU abgelöst hat: sie sättigt auf beiden Seiten und σ′ ≤ 1/4 (bei 0), daher verschwinden Gradienten über viele Schichten.</translation>
    </message>
    <message>
        <source>Show Sigmoid</source>
        <translation>Sigmoid zeigen</translation>
    </message>
    <message>
        <source>Tanh  (very long dashes)</source>
        <translation>Tanh  (sehr lange Striche)</translation>
    </message>
    <message>
        <source>tanh(z) = (e^z − e^−z) / (e^z + e^−z): saturates on both sides, tanh′ ≤ 1 (at 0), zero-centred.</source>
        <translation>tanh(z) = (e^z − e^−z) / (e^z + e^−z): sättigt auf beiden Seiten, tanh′ ≤ 1 (bei 0), nullzentriert.</translation>
    </message>
    <message>
        <source>Show Tanh</source>
        <translation>Tanh zeigen</translation>
    </message>
    <message>
        <source>Leaky slope α</source>
        <translation>Leaky-Steigung α</translation>
    </message>
    <message>
        <source>Leaky ReLU negative slope α. Fine steps near 0; the spin box takes any value in [−1, 1]. Also: drag the dashed curve left of 0 on the plot.</source>
        <translation>Negative Steigung α der Leaky ReLU. Feine Schritte nahe 0; das Drehfeld nimmt jeden Wert in [−1, 1]. Oder: die gestrichelte Kurve links von 0 im Diagramm ziehen.</translation>
    </message>
    <message>
        <source>Leaky slope alpha slider</source>
        <translation>Schieberegler Leaky-Steigung Alpha</translation>
    </message>
    <message>
        <source>Leaky ReLU negative slope α in [−1, 1] (PyTorch default 0.01, Keras 0.3, PReLU starts at 0.25).</source>
        <translation>Negative Steigung α der Leaky ReLU in [−1, 1] (PyTorch-Standard 0,01, Keras 0,3, PReLU beginnt bei 0,25).</translation>
    </message>
    <message>
        <source>Leaky slope alpha</source>
        <translation>Leaky-Steigung Alpha</translation>
    </message>
    <message>
        <source>Input range z</source>
        <translation>Eingabebereich z</translation>
    </message>
    <message>
        <source>lo</source>
        <translation>von</translation>
    </message>
    <message>
        <source>Left end of the z range. Also: drag empty plot space to pan, wheel to zoom.</source>
        <translation>Linkes Ende des z-Bereichs. Oder: leere Diagrammfläche ziehen zum Verschieben, Mausrad zum Zoomen.</translation>
    </message>
    <message>
        <source>Range low slider</source>
        <translation>Schieberegler untere Bereichsgrenze</translation>
    </message>
    <message>
        <source>Left end of the z range (must be below hi).</source>
        <translation>Linkes Ende des z-Bereichs (muss unter „bis“ liegen).</translation>
    </message>
    <message>
        <source>Range low</source>
        <translation>Untere Bereichsgrenze</translation>
    </message>
    <message>
        <source>hi</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Right end of the z range.</source>
        <translation>Rechtes Ende des z-Bereichs.</translation>
    </message>
    <message>
        <source>Range high slider</source>
        <translation>Schieberegler obere Bereichsgrenze</translation>
    </message>
    <message>
        <source>Right end of the z range (must be above lo).</source>
        <translation>Rechtes Ende des z-Bereichs (muss über „von“ liegen).</translation>
    </message>
    <message>
        <source>Range high</source>
        <translation>Obere Bereichsgrenze</translation>
    </message>
    <message>
        <source>zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Symmetric zoom: the half-width of the range around its centre, from 0.01 to 1000 (logarithmic).</source>
        <translation>Symmetrischer Zoom: die halbe Breite des Bereichs um seine Mitte, von 0,01 bis 1000 (logarithmisch).</translation>
    </message>
    <message>
        <source>Zoom half-width slider</source>
        <translation>Schieberegler halbe Breite</translation>
    </message>
    <message>
        <source>±10</source>
        <translation>±10</translation>
    </message>
    <message>
        <source>Half-width of the z range.</source>
        <translation>Halbe Breite des z-Bereichs.</translation>
    </message>
    <message>
        <source>Zoom half-width</source>
        <translation>Halbe Breite</translation>
    </message>
    <message>
        <source>Maxout pieces</source>
        <translation>Maxout-Stücke</translation>
    </message>
    <message>
        <source>The maxout pieces slope·z + intercept. Double-click a number to edit it. State: active (part of the envelope), hidden (never the maximum) or duplicate.</source>
        <translation>Die Maxout-Stücke Steigung·z + Achsenabschnitt. Doppelklick auf eine Zahl, um sie zu bearbeiten. Zustand: aktiv (Teil der Einhüllenden), verdeckt (nie das Maximum) oder doppelt.</translation>
    </message>
    <message>
        <source>Maxout pieces table</source>
        <translation>Tabelle der Maxout-Stücke</translation>
    </message>
    <message>
        <source>Add piece</source>
        <translation>Stück hinzufügen</translation>
    </message>
    <message>
        <source>Add a maxout piece (at most 8).</source>
        <translation>Ein Maxout-Stück hinzufügen (höchstens 8).</translation>
    </message>
    <message>
        <source>Add maxout piece</source>
        <translation>Maxout-Stück hinzufügen</translation>
    </message>
    <message>
        <source>Remove piece</source>
        <translation>Stück entfernen</translation>
    </message>
    <message>
        <source>Remove the selected maxout piece (at least 1 stays).</source>
        <translation>Das gewählte Maxout-Stück entfernen (mindestens 1 bleibt).</translation>
    </message>
    <message>
        <source>Remove maxout piece</source>
        <translation>Maxout-Stück entfernen</translation>
    </message>
    <message>
        <source>Replace the pieces by a preset: ReLU, Leaky ReLU with the current α, |z|, a 3- or 5-piece parabola, random pieces.</source>
        <translation>Die Stücke durch eine Vorlage ersetzen: ReLU, Leaky ReLU mit dem aktuellen α, |z|, eine Parabel aus 3 oder 5 Stücken, zufällige Stücke.</translation>
    </message>
    <message>
        <source>Maxout preset</source>
        <translation>Maxout-Vorlage</translation>
    </message>
    <message>
        <source>Derivative at a kink</source>
        <translation>Ableitung an einem Knick</translation>
    </message>
    <message>
        <source>Convention</source>
        <translation>Konvention</translation>
    </message>
    <message>
        <source>Which value f′ takes at a kink. left: the left derivative (PyTorch/TensorFlow for ReLU and Leaky ReLU: 0 and α; for maxout the smallest tied slope, which no framework computes); right: the right-hand slope; mean: their average; first: PyTorch (relu, leaky_relu, and maxout as max over the piece dimension: the first maximal piece in table order).</source>
        <translation>Welchen Wert f′ an einem Knick annimmt. links: die linksseitige Ableitung (PyTorch/TensorFlow bei ReLU und Leaky ReLU: 0 und α; bei Maxout die kleinste der gleichauf liegenden Steigungen, die kein Framework berechnet); rechts: die rechtsseitige Steigung; Mittel: ihr Mittelwert; erstes: PyTorch (relu, leaky_relu und Maxout als max über die Stück-Dimension: das erste maximale Stück in Tabellenreihenfolge).</translation>
    </message>
    <message>
        <source>Kink convention</source>
        <translation>Knick-Konvention</translation>
    </message>
    <message>
        <source>Show subgradient set</source>
        <translation>Subgradientenmenge zeigen</translation>
    </message>
    <message>
        <source>Draw a bar over the subgradient interval [left, right] at each kink.</source>
        <translation>An jedem Knick einen Balken über das Subgradientenintervall [links, rechts] zeichnen.</translation>
    </message>
</context>
<context>
    <name>ExampleEditing</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ExplorerSettings</name>
    <message>
        <source>the leaky slope α must be a number in [-1, 1]</source>
        <translation>die Leaky-Steigung α muss eine Zahl in [-1, 1] sein</translation>
    </message>
    <message>
        <source>the range bounds must be finite numbers</source>
        <translation>die Bereichsgrenzen müssen endliche Zahlen sein</translation>
    </message>
    <message>
        <source>the range needs lo &lt; hi</source>
        <translation>der Bereich braucht von &lt; bis</translation>
    </message>
    <message>
        <source>the range bounds must lie in [-1e6, 1e6]</source>
        <translation>die Bereichsgrenzen müssen in [-1e6, 1e6] liegen</translation>
    </message>
    <message>
        <source>the range must be at least 1e-6 wide</source>
        <translation>der Bereich muss mindestens 1e-6 breit sein</translation>
    </message>
    <message>
        <source>maxout needs between 1 and 8 pieces</source>
        <translation>Maxout braucht zwischen 1 und 8 Stücke</translation>
    </message>
    <message>
        <source>maxout slopes and intercepts must be finite numbers</source>
        <translation>Steigungen und Achsenabschnitte von Maxout müssen endliche Zahlen sein</translation>
    </message>
    <message>
        <source>the number of samples must be between 2 and 1000000</source>
        <translation>die Zahl der Stützstellen muss zwischen 2 und 1000000 liegen</translation>
    </message>
    <message>
        <source>the softplus β must be a number &gt; 0</source>
        <translation>das β der Softplus muss eine Zahl &gt; 0 sein</translation>
    </message>
    <message>
        <source>at most %1 curves can be pinned</source>
        <translation>höchstens %1 Kurven können angeheftet werden</translation>
    </message>
    <message>
        <source>pinned curve: %1</source>
        <translation>angeheftete Kurve: %1</translation>
    </message>
    <message>
        <source>a pinned curve&apos;s label is at most 200 characters</source>
        <translation>die Beschriftung einer angehefteten Kurve hat höchstens 200 Zeichen</translation>
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
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>first</source>
        <translation>erstes</translation>
    </message>
    <message>
        <source>∈ [%1, %2], kink: %3 convention takes %4</source>
        <translation>∈ [%1, %2], Knick: die Konvention %3 nimmt %4</translation>
    </message>
    <message>
        <source>No function is shown: tick one under Functions.</source>
        <translation>Keine Funktion wird gezeigt: unter Funktionen eine ankreuzen.</translation>
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
        <translation>keine Bilder zum Kodieren</translation>
    </message>
    <message>
        <source>giflib could not start: %1</source>
        <translation>giflib konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>giflib failed to write the %1: %2</source>
        <translation>giflib konnte %1 nicht schreiben: %2</translation>
    </message>
    <message>
        <source>giflib failed to finish the file: %1</source>
        <translation>giflib konnte die Datei nicht abschließen: %1</translation>
    </message>
</context>
<context>
    <name>HistoryJson</name>
    <message>
        <source>must be base64 of little-endian doubles</source>
        <translation>muss Base64 von Little-Endian-Doubles sein</translation>
    </message>
    <message>
        <source>must be base64 of little-endian 32-bit indices</source>
        <translation>muss Base64 von Little-Endian-32-Bit-Indizes sein</translation>
    </message>
    <message>
        <source>: at most %1 entries, got %2</source>
        <translation>: höchstens %1 Einträge, erhalten %2</translation>
    </message>
    <message>
        <source>: must be greater than the previous entry&apos;s (%1)</source>
        <translation>: muss größer sein als der des vorigen Eintrags (%1)</translation>
    </message>
    <message>
        <source>: must not be past the network&apos;s step (%1)</source>
        <translation>: darf nicht nach dem Schritt des Netzes liegen (%1)</translation>
    </message>
    <message>
        <source>: is required on the first entry</source>
        <translation>: ist beim ersten Eintrag erforderlich</translation>
    </message>
    <message>
        <source>: expected %1 finite numbers</source>
        <translation>: %1 endliche Zahlen erwartet</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>unknown key (known: %1)</source>
        <translation>unbekannter Schlüssel (bekannt: %1)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>muss eines von %1 sein</translation>
    </message>
    <message>
        <source>must be one of %1, got &apos;%2&apos;</source>
        <translation>muss eines von %1 sein, ist aber „%2“</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>muss ein Array sein</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <source>a lesson file is at most 1 MB; this one is %1 bytes</source>
        <translation>eine Lektionsdatei hat höchstens 1 MB; diese hat %1 Bytes</translation>
    </message>
    <message>
        <source>a lesson is a JSON object</source>
        <translation>eine Lektion ist ein JSON-Objekt</translation>
    </message>
    <message>
        <source>format: must be &quot;%1&quot;</source>
        <translation>format: muss &quot;%1&quot; sein</translation>
    </message>
    <message>
        <source>version: this ReLU Lab reads lesson version %1, the file has version %2</source>
        <translation>version: dieses ReLU Lab liest Lektionen der Version %1, die Datei hat Version %2</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must not be empty (leave it out instead)</source>
        <translation>darf nicht leer sein (stattdessen weglassen)</translation>
    </message>
    <message>
        <source>: must be a non-empty string</source>
        <translation>: muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>: must be an object</source>
        <translation>: muss ein Objekt sein</translation>
    </message>
    <message>
        <source>: not a language code such as &quot;de&quot; or &quot;pt_BR&quot;</source>
        <translation>: kein Sprachcode wie &quot;de&quot; oder &quot;pt_BR&quot;</translation>
    </message>
</context>
<context>
    <name>Mp4Encoder</name>
    <message>
        <source>the H.264 encoder refused a frame: %1</source>
        <translation>der H.264-Encoder hat ein Bild abgelehnt: %1</translation>
    </message>
    <message>
        <source>H.264 encoding failed: %1</source>
        <translation>H.264-Kodierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>could not write the MP4: %1</source>
        <translation>MP4 konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>FFmpeg has no MP4 muxer: %1</source>
        <translation>FFmpeg hat keinen MP4-Muxer: %1</translation>
    </message>
    <message>
        <source>this FFmpeg has no H.264 encoder (libx264)</source>
        <translation>dieses FFmpeg hat keinen H.264-Encoder (libx264)</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>nicht genug Speicher</translation>
    </message>
    <message>
        <source>could not open the H.264 encoder: %1</source>
        <translation>der H.264-Encoder konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>could not start the MP4: %1</source>
        <translation>MP4 konnte nicht begonnen werden: %1</translation>
    </message>
    <message>
        <source>the MP4 is not open</source>
        <translation>die MP4 ist nicht geöffnet</translation>
    </message>
    <message>
        <source>could not convert the frame to YUV</source>
        <translation>das Bild konnte nicht nach YUV umgewandelt werden</translation>
    </message>
    <message>
        <source>could not finish the MP4: %1</source>
        <translation>MP4 konnte nicht abgeschlossen werden: %1</translation>
    </message>
</context>
<context>
    <name>Pinning</name>
    <message>
        <source>At most %1 curves can be pinned: unpin some first (Shift+P clears them all).</source>
        <translation>Höchstens %1 Kurven können angeheftet werden: erst einige lösen (Umschalt+P löst alle).</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>pinned: %1</source>
        <translation>angeheftet: %1</translation>
    </message>
    <message>
        <source>z (pre-activation)</source>
        <translation>z (Präaktivierung)</translation>
    </message>
    <message>
        <source>The f(z) plot</source>
        <translation>Das Diagramm f(z)</translation>
    </message>
    <message>
        <source>The f′(z) plot</source>
        <translation>Das Diagramm f′(z)</translation>
    </message>
    <message>
        <source>Both explorer plots</source>
        <translation>Beide Explorer-Diagramme</translation>
    </message>
    <message>
        <source>The whole Explorer view</source>
        <translation>Die ganze Explorer-Ansicht</translation>
    </message>
    <message>
        <source>The whole Training view</source>
        <translation>Die ganze Trainingsansicht</translation>
    </message>
    <message>
        <source>Loss and dead-unit curves</source>
        <translation>Kurven von Verlust und toten Neuronen</translation>
    </message>
    <message>
        <source>Data and prediction (input space)</source>
        <translation>Daten und Vorhersage (Eingaberaum)</translation>
    </message>
    <message>
        <source>Network diagram</source>
        <translation>Netzdiagramm</translation>
    </message>
    <message>
        <source>not enough memory for a %1 × %2 image</source>
        <translation>nicht genug Speicher für ein Bild von %1 × %2</translation>
    </message>
    <message>
        <source>could not encode the PNG image</source>
        <translation>das PNG-Bild konnte nicht kodiert werden</translation>
    </message>
    <message>
        <source>Activation functions and their derivatives</source>
        <translation>Aktivierungsfunktionen und ihre Ableitungen</translation>
    </message>
    <message>
        <source>could not start the SVG painter</source>
        <translation>der SVG-Zeichner konnte nicht starten</translation>
    </message>
    <message>
        <source>could not start the PDF painter</source>
        <translation>der PDF-Zeichner konnte nicht starten</translation>
    </message>
    <message>
        <source>nothing to draw</source>
        <translation>nichts zu zeichnen</translation>
    </message>
    <message>
        <source>step %1 · loss %2 (test %3)</source>
        <translation>Schritt %1 · Verlust %2 (Test %3)</translation>
    </message>
    <message>
        <source> · test accuracy %1%</source>
        <translation> · Testgenauigkeit %1 %</translation>
    </message>
    <message>
        <source> · dead %1 / %2</source>
        <translation> · tot %1 / %2</translation>
    </message>
    <message>
        <source> · starved %1</source>
        <translation> · ausgehungert %1</translation>
    </message>
    <message>
        <source> · &lt;b&gt;collapsed&lt;/b&gt;</source>
        <translation> · &lt;b&gt;kollabiert&lt;/b&gt;</translation>
    </message>
    <message>
        <source> · &lt;b&gt;diverged&lt;/b&gt;</source>
        <translation> · &lt;b&gt;divergiert&lt;/b&gt;</translation>
    </message>
    <message>
        <source>could not grab the picture</source>
        <translation>das Bild konnte nicht aufgenommen werden</translation>
    </message>
    <message>
        <source>solid line</source>
        <translation>durchgezogene Linie</translation>
    </message>
    <message>
        <source>dashed line</source>
        <translation>gestrichelte Linie</translation>
    </message>
    <message>
        <source>dash-dot line</source>
        <translation>Strich-Punkt-Linie</translation>
    </message>
    <message>
        <source>dotted line</source>
        <translation>gepunktete Linie</translation>
    </message>
    <message>
        <source>dash-dot-dot line</source>
        <translation>Strich-Punkt-Punkt-Linie</translation>
    </message>
    <message>
        <source>long-dashed line</source>
        <translation>lang gestrichelte Linie</translation>
    </message>
    <message>
        <source>fine dotted line</source>
        <translation>fein gepunktete Linie</translation>
    </message>
    <message>
        <source>long dash-dot line</source>
        <translation>lange Strich-Punkt-Linie</translation>
    </message>
    <message>
        <source>very long-dashed line</source>
        <translation>sehr lang gestrichelte Linie</translation>
    </message>
</context>
<context>
    <name>RunHistory</name>
    <message>
        <source>dead from step %1</source>
        <translation>tot ab Schritt %1</translation>
    </message>
    <message>
        <source>at step %1</source>
        <translation>bei Schritt %1</translation>
    </message>
    <message>
        <source>between steps %1 and %2</source>
        <translation>zwischen Schritt %1 und %2</translation>
    </message>
    <message>
        <source>died %1</source>
        <translation>gestorben %1</translation>
    </message>
    <message>
        <source>revived %1</source>
        <translation>wiederbelebt %1</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier change(s)</source>
        <translation>
            <numerusform>%n frühere Änderung</numerusform>
            <numerusform>%n frühere Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>no such step in the history</source>
        <translation>dieser Schritt ist nicht im Verlauf</translation>
    </message>
    <message>
        <source>training on from step %1 does not give the weights kept at step %2</source>
        <translation>das Weitertrainieren ab Schritt %1 ergibt nicht die bei Schritt %2 gespeicherten Gewichte</translation>
    </message>
</context>
<context>
    <name>SessionDocument</name>
    <message>
        <source>ReLU Lab sessions (*.relulab);;All files (*)</source>
        <translation>ReLU-Lab-Sitzungen (*.relulab);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>SessionFile</name>
    <message>
        <source>at most %1 numbers, got %2</source>
        <translation>höchstens %1 Zahlen, aber %2</translation>
    </message>
    <message>
        <source>must be a number in (0, 1]</source>
        <translation>muss eine Zahl in (0, 1] sein</translation>
    </message>
    <message>
        <source>at most %1 entries, got %2</source>
        <translation>höchstens %1 Einträge, aber %2</translation>
    </message>
    <message>
        <source>must be 16 hexadecimal digits</source>
        <translation>muss aus 16 Hexadezimalziffern bestehen</translation>
    </message>
    <message>
        <source>the file must hold a JSON object</source>
        <translation>die Datei muss ein JSON-Objekt enthalten</translation>
    </message>
    <message>
        <source>format: is required; this is not a ReLU Lab session</source>
        <translation>format: ist erforderlich; dies ist keine ReLU-Lab-Sitzung</translation>
    </message>
    <message>
        <source>format: must be &quot;%1&quot;; this is not a ReLU Lab session</source>
        <translation>format: muss &quot;%1&quot; sein; dies ist keine ReLU-Lab-Sitzung</translation>
    </message>
    <message>
        <source>version: is required</source>
        <translation>version: ist erforderlich</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>it is a directory</source>
        <translation>es ist ein Verzeichnis</translation>
    </message>
    <message>
        <source>the file has %1 bytes, more than a session can have (at most %2 MB)</source>
        <translation>die Datei hat %1 Bytes, mehr als eine Sitzung haben kann (höchstens %2 MB)</translation>
    </message>
    <message>
        <source>the file is larger than any session</source>
        <translation>die Datei ist größer als jede Sitzung</translation>
    </message>
    <message>
        <source>the network&apos;s weights are not finite numbers (the run diverged)</source>
        <translation>die Gewichte des Netzes sind keine endlichen Zahlen (der Lauf ist divergiert)</translation>
    </message>
    <message>
        <source>version: this ReLU Lab reads version 1 to %1 sessions, the file is version %2 (saved by a newer ReLU Lab?)</source>
        <translation>version: dieses ReLU Lab liest Sitzungen der Version 1 bis %1, die Datei hat Version %2 (von einem neueren ReLU Lab gespeichert?)</translation>
    </message>
</context>
<context>
    <name>SettingsUndo</name>
    <message>
        <source>change α to %1</source>
        <translation>α auf %1 ändern</translation>
    </message>
    <message>
        <source>change range to %1 … %2</source>
        <translation>Bereich auf %1 … %2 ändern</translation>
    </message>
    <message>
        <source>change maxout pieces</source>
        <translation>Maxout-Stücke ändern</translation>
    </message>
    <message>
        <source>add maxout piece</source>
        <translation>Maxout-Stück hinzufügen</translation>
    </message>
    <message>
        <source>remove maxout piece</source>
        <translation>Maxout-Stück entfernen</translation>
    </message>
    <message>
        <source>use the %1 convention</source>
        <translation>Konvention %1 verwenden</translation>
    </message>
    <message>
        <source>change shown functions</source>
        <translation>gezeigte Funktionen ändern</translation>
    </message>
    <message>
        <source>show %1</source>
        <translation>%1 zeigen</translation>
    </message>
    <message>
        <source>hide %1</source>
        <translation>%1 ausblenden</translation>
    </message>
    <message>
        <source>show subgradient sets</source>
        <translation>Subgradientenmengen zeigen</translation>
    </message>
    <message>
        <source>hide subgradient sets</source>
        <translation>Subgradientenmengen ausblenden</translation>
    </message>
    <message>
        <source>change samples to %1</source>
        <translation>Stützstellen auf %1 ändern</translation>
    </message>
    <message>
        <source>change softplus β to %1</source>
        <translation>Softplus-β auf %1 ändern</translation>
    </message>
    <message>
        <source>change pinned curves</source>
        <translation>angeheftete Kurven ändern</translation>
    </message>
    <message>
        <source>pin %1</source>
        <translation>%1 anheften</translation>
    </message>
    <message>
        <source>unpin %1</source>
        <translation>%1 lösen</translation>
    </message>
    <message>
        <source>change explorer settings</source>
        <translation>Explorer-Einstellungen ändern</translation>
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
        <translation>Datensatz auf %1 ändern</translation>
    </message>
    <message>
        <source>change the examples</source>
        <translation>die Beispiele ändern</translation>
    </message>
    <message>
        <source>add an example</source>
        <translation>ein Beispiel hinzufügen</translation>
    </message>
    <message>
        <source>remove an example</source>
        <translation>ein Beispiel entfernen</translation>
    </message>
    <message>
        <source>change noise to %1</source>
        <translation>Rauschen auf %1 ändern</translation>
    </message>
    <message>
        <source>change hidden layers to %1</source>
        <translation>verdeckte Schichten auf %1 ändern</translation>
    </message>
    <message>
        <source>change activation to %1</source>
        <translation>Aktivierungsfunktion auf %1 ändern</translation>
    </message>
    <message>
        <source>change the network&apos;s α to %1</source>
        <translation>α des Netzes auf %1 ändern</translation>
    </message>
    <message>
        <source>change pieces per unit to %1</source>
        <translation>Stücke pro Neuron auf %1 ändern</translation>
    </message>
    <message>
        <source>change initialisation to %1</source>
        <translation>Initialisierung auf %1 ändern</translation>
    </message>
    <message>
        <source>change bias init to %1</source>
        <translation>Bias-Initialisierung auf %1 ändern</translation>
    </message>
    <message>
        <source>change optimiser to %1</source>
        <translation>Optimierer auf %1 ändern</translation>
    </message>
    <message>
        <source>change learning rate to %1</source>
        <translation>Lernrate auf %1 ändern</translation>
    </message>
    <message>
        <source>change batch to %1</source>
        <translation>Batch auf %1 ändern</translation>
    </message>
    <message>
        <source>change L2 to %1</source>
        <translation>L2 auf %1 ändern</translation>
    </message>
    <message>
        <source>change seed to %1</source>
        <translation>Seed auf %1 ändern</translation>
    </message>
    <message>
        <source>change training setup</source>
        <translation>Trainingsaufbau ändern</translation>
    </message>
    <message>
        <source>He normal</source>
        <translation>He normal</translation>
    </message>
    <message>
        <source>He uniform</source>
        <translation>He gleichverteilt</translation>
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
        <translation>das β der Softplus muss eine Zahl &gt; 0 sein</translation>
    </message>
    <message>
        <source>must be at most 200 characters</source>
        <translation>darf höchstens 200 Zeichen haben</translation>
    </message>
    <message>
        <source>%1: at most %2 examples, got %3</source>
        <translation>%1: höchstens %2 Beispiele, aber %3</translation>
    </message>
    <message>
        <source>%1: must be [x1, x2, label] or [x, y]</source>
        <translation>%1: muss [x1, x2, label] oder [x, y] sein</translation>
    </message>
    <message>
        <source>%1: must hold %2 numbers like the first row</source>
        <translation>%1: muss %2 Zahlen enthalten wie die erste Zeile</translation>
    </message>
    <message>
        <source>%1: a label must be 0 or 1</source>
        <translation>%1: ein Label muss 0 oder 1 sein</translation>
    </message>
    <message>
        <source>%1: a data set needs at least 4 examples, got %2</source>
        <translation>%1: ein Datensatz braucht mindestens 4 Beispiele, aber %2</translation>
    </message>
    <message>
        <source>%1: must be an array</source>
        <translation>%1: muss ein Array sein</translation>
    </message>
    <message>
        <source>must lie in [-1e6, 1e6]</source>
        <translation>muss in [-1e6, 1e6] liegen</translation>
    </message>
    <message>
        <source>%1: must be one of %2</source>
        <translation>%1: muss eines von %2 sein</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is listed twice</source>
        <translation>%1: „%2“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>at most %1 curves can be pinned, got %2</source>
        <translation>höchstens %1 Kurven können angeheftet werden, aber %2</translation>
    </message>
    <message>
        <source>must be a number in [0, 10]</source>
        <translation>muss eine Zahl in [0, 10] sein</translation>
    </message>
    <message>
        <source>%1: 1 to %2 hidden layers, got %3</source>
        <translation>%1: 1 bis %2 verdeckte Schichten, aber %3</translation>
    </message>
    <message>
        <source>must be a number in [0, 1)</source>
        <translation>muss eine Zahl in [0, 1) sein</translation>
    </message>
    <message>
        <source>must be a number &gt; 0</source>
        <translation>muss eine Zahl &gt; 0 sein</translation>
    </message>
    <message>
        <source>must be a number &gt;= 0</source>
        <translation>muss eine Zahl &gt;= 0 sein</translation>
    </message>
</context>
<context>
    <name>TrainingSetup</name>
    <message>
        <source>unknown data set &apos;%1&apos;</source>
        <translation>unbekannter Datensatz „%1“</translation>
    </message>
    <message>
        <source>the number of samples must be between %1 and %2</source>
        <translation>die Zahl der Beispiele muss zwischen %1 und %2 liegen</translation>
    </message>
    <message>
        <source>the noise must be a number in [0, 10]</source>
        <translation>das Rauschen muss eine Zahl in [0, 10] sein</translation>
    </message>
    <message>
        <source>a data set needs at least 4 examples</source>
        <translation>ein Datensatz braucht mindestens 4 Beispiele</translation>
    </message>
    <message>
        <source>the data&apos;s inputs and targets disagree in size</source>
        <translation>Eingaben und Zielwerte der Daten sind verschieden groß</translation>
    </message>
    <message>
        <source>example %1 of the data has a value that is not a finite number</source>
        <translation>Beispiel %1 der Daten hat einen Wert, der keine endliche Zahl ist</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>expected a header such as &apos;x1,x2,label&apos; or &apos;x,y&apos;, got numbers</source>
        <translation>erwartet wurde eine Kopfzeile wie „x1,x2,label“ oder „x,y“, gefunden wurden Zahlen</translation>
    </message>
    <message>
        <source>expected 2 numbers (x,y) or 3 (x1,x2,label), got %1</source>
        <translation>erwartet wurden 2 Zahlen (x,y) oder 3 (x1,x2,label), gefunden %1</translation>
    </message>
    <message>
        <source>expected %1 numbers, got %2</source>
        <translation>erwartet wurden %1 Zahlen, gefunden %2</translation>
    </message>
    <message>
        <source>column %1 is empty</source>
        <translation>Spalte %1 ist leer</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a finite number</source>
        <translation>„%1“ ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>label must be 0 or 1, got &apos;%1&apos;</source>
        <translation>ein Label muss 0 oder 1 sein, ist aber „%1“</translation>
    </message>
    <message>
        <source>no data rows</source>
        <translation>keine Datenzeilen</translation>
    </message>
    <message>
        <source>need at least 4 examples, got %1</source>
        <translation>mindestens 4 Beispiele nötig, gefunden %1</translation>
    </message>
    <message>
        <source>inputs must be 1 or 2</source>
        <translation>Eingaben müssen 1 oder 2 sein</translation>
    </message>
    <message>
        <source>classification needs 2 inputs</source>
        <translation>Klassifikation braucht 2 Eingaben</translation>
    </message>
    <message>
        <source>regression needs 1 input</source>
        <translation>Regression braucht 1 Eingabe</translation>
    </message>
    <message>
        <source>hidden layers: 1 to 12 layers of 1 to 32 units</source>
        <translation>verdeckte Schichten: 1 bis 12 Schichten aus 1 bis 32 Neuronen</translation>
    </message>
    <message>
        <source>alpha must be in [0, 1)</source>
        <translation>alpha muss in [0, 1) liegen</translation>
    </message>
    <message>
        <source>pieces must be 2 to 5</source>
        <translation>Stücke müssen 2 bis 5 sein</translation>
    </message>
    <message>
        <source>bias init must be a finite number</source>
        <translation>die Bias-Initialisierung muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>learning rate must be &gt; 0</source>
        <translation>die Lernrate muss &gt; 0 sein</translation>
    </message>
    <message>
        <source>batch size must be &gt;= 1</source>
        <translation>die Batchgröße muss &gt;= 1 sein</translation>
    </message>
    <message>
        <source>l2 must be &gt;= 0</source>
        <translation>L2 muss &gt;= 0 sein</translation>
    </message>
</context>
<context>
    <name>relulab::gui::AnimationDialog</name>
    <message>
        <source>Export animation</source>
        <translation>Animation exportieren</translation>
    </message>
    <message>
        <source>What to animate</source>
        <translation>Was animiert wird</translation>
    </message>
    <message>
        <source>The training view (or one of its parts) replayed from step 0 of this run&apos;s setup, or the explorer&apos;s figure while α or the range sweeps</source>
        <translation>Die Trainingsansicht (oder ein Teil davon), ab Schritt 0 mit dem Aufbau dieses Laufs wiederholt, oder die Explorer-Abbildung, während α oder der Bereich durchlaufen wird</translation>
    </message>
    <message>
        <source>Training view</source>
        <translation>Trainingsansicht</translation>
    </message>
    <message>
        <source>Input space</source>
        <translation>Eingaberaum</translation>
    </message>
    <message>
        <source>Network diagram</source>
        <translation>Netzdiagramm</translation>
    </message>
    <message>
        <source>Training curves</source>
        <translation>Trainingskurven</translation>
    </message>
    <message>
        <source>Explorer, α sweeps</source>
        <translation>Explorer, α läuft durch</translation>
    </message>
    <message>
        <source>Explorer, range zooms</source>
        <translation>Explorer, Bereich zoomt</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Was:</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Letzter Schritt</translation>
    </message>
    <message>
        <source>The frames show steps 0 … N of this run&apos;s setup, replayed: the same pictures as relulab train --steps N --animate</source>
        <translation>Die Bilder zeigen die Schritte 0 … N mit dem Aufbau dieses Laufs, wiederholt: dieselben Bilder wie relulab train --steps N --animate</translation>
    </message>
    <message>
        <source>steps 0 … N of this run&apos;s setup, replayed</source>
        <translation>Schritte 0 … N mit dem Aufbau dieses Laufs, wiederholt</translation>
    </message>
    <message>
        <source>&amp;Steps:</source>
        <translation>&amp;Schritte:</translation>
    </message>
    <message>
        <source>Sweep from</source>
        <translation>Durchlauf von</translation>
    </message>
    <message>
        <source>The value of the first frame</source>
        <translation>Der Wert des ersten Bildes</translation>
    </message>
    <message>
        <source>Sweep to</source>
        <translation>Durchlauf bis</translation>
    </message>
    <message>
        <source>The value of the last frame</source>
        <translation>Der Wert des letzten Bildes</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>S&amp;weep:</source>
        <translation>Durch&amp;lauf:</translation>
    </message>
    <message>
        <source>Number of frames</source>
        <translation>Zahl der Bilder</translation>
    </message>
    <message>
        <source>Frames in the animation, evenly spaced, both ends included</source>
        <translation>Bilder der Animation, gleichmäßig verteilt, beide Enden eingeschlossen</translation>
    </message>
    <message>
        <source>&amp;Frames:</source>
        <translation>&amp;Bilder:</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>Bildrate</translation>
    </message>
    <message>
        <source>Frames a second (a GIF rounds its delay to hundredths of a second)</source>
        <translation>Bilder pro Sekunde (ein GIF rundet seine Verzögerung auf Hundertstelsekunden)</translation>
    </message>
    <message>
        <source> fps</source>
        <translation> fps</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Rate:</translation>
    </message>
    <message>
        <source>Frame size</source>
        <translation>Bildgröße</translation>
    </message>
    <message>
        <source>The size of every frame in pixels</source>
        <translation>Die Größe jedes Bildes in Pixeln</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <source>Frame width</source>
        <translation>Bildbreite</translation>
    </message>
    <message>
        <source>Custom frame width in pixels</source>
        <translation>Eigene Bildbreite in Pixeln</translation>
    </message>
    <message>
        <source>Frame height</source>
        <translation>Bildhöhe</translation>
    </message>
    <message>
        <source>Custom frame height in pixels</source>
        <translation>Eigene Bildhöhe in Pixeln</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Dateiformat</translation>
    </message>
    <message>
        <source>GIF: plays everywhere, loops; MP4 (H.264): small, for slides and browsers</source>
        <translation>GIF: läuft überall, in Schleife; MP4 (H.264): klein, für Folien und Browser</translation>
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
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Where the animation is written</source>
        <translation>Wohin die Animation geschrieben wird</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>Durchsuchen</translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation>Die zu schreibende Datei wählen</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <source>Export problem</source>
        <translation>Exportproblem</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Frames drawn so far</source>
        <translation>Bisher gezeichnete Bilder</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Draw the frames and write the file</source>
        <translation>Die Bilder zeichnen und die Datei schreiben</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the export (no file is written; an old one stays) or close</source>
        <translation>Den Export abbrechen (keine Datei wird geschrieben; eine alte bleibt) oder schließen</translation>
    </message>
    <message>
        <source>GIF animation (*.gif)</source>
        <translation>GIF-Animation (*.gif)</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4-Video (*.mp4)</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Eine Datei zum Schreiben wählen.</translation>
    </message>
    <message>
        <source>The file name must end in .%1 for this format.</source>
        <translation>Der Dateiname muss für dieses Format auf .%1 enden.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Abgebrochen: nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Geschrieben: %1</translation>
    </message>
    <message>
        <source>%v / %m frames</source>
        <translation>%v / %m Bilder</translation>
    </message>
    <message>
        <source>Stop the export: no file is written, an old one stays</source>
        <translation>Den Export abbrechen: keine Datei wird geschrieben, eine alte bleibt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>First step</source>
        <translation>Erster Schritt</translation>
    </message>
    <message>
        <source>The first frame&apos;s step on this run&apos;s timeline</source>
        <translation>Der Schritt des ersten Bildes auf der Zeitleiste dieses Laufs</translation>
    </message>
    <message>
        <source>The last frame&apos;s step on this run&apos;s timeline (past the newest step %1 the run is trained on, as Play would)</source>
        <translation>Der Schritt des letzten Bildes auf der Zeitleiste dieses Laufs (nach dem neuesten Schritt %1 wird weitertrainiert, wie Start es täte)</translation>
    </message>
    <message>
        <source>to — steps of this run (its timeline, live changes included), replayed</source>
        <translation>bis — Schritte dieses Laufs (seine Zeitleiste, mit Live-Änderungen), nachgespielt</translation>
    </message>
</context>
<context>
    <name>relulab::gui::AnimationJob</name>
    <message>
        <source>could not draw frame %1: %2</source>
        <translation>Bild %1 konnte nicht gezeichnet werden: %2</translation>
    </message>
</context>
<context>
    <name>relulab::gui::BornDeadDialog</name>
    <message>
        <source>Born dead: deep and narrow ReLU nets</source>
        <translation>Tot geboren: tiefe, schmale ReLU-Netze</translation>
    </message>
    <message>
        <source>Born-dead networks</source>
        <translation>Tot geborene Netze</translation>
    </message>
    <message>
        <source>Born-dead plot</source>
        <translation>Diagramm tot geborener Netze</translation>
    </message>
    <message>
        <source>Share of freshly initialised ReLU networks that are collapsed, against the number of hidden layers, for widths 2 to 5: measured (markers) and Lu et al.&apos;s formula (dashed).</source>
        <translation>Anteil frisch initialisierter ReLU-Netze, die kollabiert sind, gegen die Zahl der verdeckten Schichten, für die Breiten 2 bis 5: gemessen (Markierungen) und die Formel von Lu et al. (gestrichelt).</translation>
    </message>
    <message>
        <source>hidden layers (depth)</source>
        <translation>verdeckte Schichten (Tiefe)</translation>
    </message>
    <message>
        <source>collapsed at initialisation</source>
        <translation>kollabiert bei der Initialisierung</translation>
    </message>
    <message>
        <source>width %1, measured</source>
        <translation>Breite %1, gemessen</translation>
    </message>
    <message>
        <source>width %1, 1 − (1 − 2⁻ᴺ)ᴸ⁻¹</source>
        <translation>Breite %1, 1 − (1 − 2⁻ᴺ)ᴸ⁻¹</translation>
    </message>
    <message>
        <source> networks per point</source>
        <translation> Netze pro Punkt</translation>
    </message>
    <message>
        <source>Networks per point</source>
        <translation>Netze pro Punkt</translation>
    </message>
    <message>
        <source>How many random initial networks are drawn for each point</source>
        <translation>Wie viele zufällige Anfangsnetze für jeden Punkt gezogen werden</translation>
    </message>
    <message>
        <source>&amp;Count again</source>
        <translation>&amp;Neu zählen</translation>
    </message>
    <message>
        <source>Count again</source>
        <translation>Neu zählen</translation>
    </message>
    <message>
        <source>Draw the networks anew with this many per point</source>
        <translation>Die Netze neu ziehen, so viele pro Punkt</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the born-dead panel (Esc)</source>
        <translation>Das Fenster der tot geborenen Netze schließen (Esc)</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>zähle…</translation>
    </message>
    <message>
        <source>counting… %1 of %2 points</source>
        <translation>zähle… %1 von %2 Punkten</translation>
    </message>
    <message>
        <source>done: %1 networks per point</source>
        <translation>fertig: %1 Netze pro Punkt</translation>
    </message>
    <message>
        <source>Each point: the share of ReLU networks (He initialisation, zero biases) that are already a constant function on |x|, x in [−1, 1], before any training. The dashed curves are the probability of being dead at one input point, 1 − (1 − 2&lt;sup&gt;−N&lt;/sup&gt;)&lt;sup&gt;L−1&lt;/sup&gt; with N the width and L−1 the hidden layers (Lu, Shin, Su, Karniadakis, &lt;i&gt;Dying ReLU and Initialization&lt;/i&gt;, 2020); over a whole input range fewer nets are dead than at one point.</source>
        <translation>Jeder Punkt: der Anteil der ReLU-Netze (He-Initialisierung, Biases null), die schon vor jedem Training eine konstante Funktion auf |x|, x in [−1, 1], sind. Die gestrichelten Kurven sind die Wahrscheinlichkeit, an einem Eingabepunkt tot zu sein, 1 − (1 − 2&lt;sup&gt;−N&lt;/sup&gt;)&lt;sup&gt;L−1&lt;/sup&gt; mit N der Breite und L−1 den verdeckten Schichten (Lu, Shin, Su, Karniadakis, &lt;i&gt;Dying ReLU and Initialization&lt;/i&gt;, 2020); über einen ganzen Eingabebereich sind weniger Netze tot als an einem Punkt.</translation>
    </message>
</context>
<context>
    <name>relulab::gui::CompareDialog</name>
    <message>
        <source>Compare with another activation</source>
        <translation>Mit einer anderen Aktivierungsfunktion vergleichen</translation>
    </message>
    <message>
        <source>A second run trains beside this one on the same data with the same seed and settings; only the hidden activation differs. Both runs start over from step 0 and play, pause, step and reset together; their loss and dead units share one plot.</source>
        <translation>Ein zweiter Lauf trainiert neben diesem auf denselben Daten mit demselben Seed und denselben Einstellungen; nur die Aktivierungsfunktion der verdeckten Schichten ist anders. Beide Läufe beginnen wieder bei Schritt 0 und laufen, pausieren, gehen Schritte und setzen zusammen zurück; ihr Verlust und ihre toten Neuronen teilen sich ein Diagramm.</translation>
    </message>
    <message>
        <source>Second run&apos;s activation</source>
        <translation>Aktivierungsfunktion des zweiten Laufs</translation>
    </message>
    <message>
        <source>The hidden activation of the second run</source>
        <translation>Die Aktivierungsfunktion der verdeckten Schichten im zweiten Lauf</translation>
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
        <translation>Leaky-Steigung Alpha des zweiten Laufs</translation>
    </message>
    <message>
        <source>Leaky ReLU slope α for z &lt; 0, in [0, 1)</source>
        <translation>Steigung α der Leaky ReLU für z &lt; 0, in [0, 1)</translation>
    </message>
    <message>
        <source>Second run&apos;s maxout pieces</source>
        <translation>Maxout-Stücke des zweiten Laufs</translation>
    </message>
    <message>
        <source>Pieces per maxout unit, 2 to 5</source>
        <translation>Stücke pro Maxout-Neuron, 2 bis 5</translation>
    </message>
    <message>
        <source>second run</source>
        <translation>zweiter Lauf</translation>
    </message>
    <message>
        <source>Start comparing</source>
        <translation>Vergleich starten</translation>
    </message>
    <message>
        <source>Start both runs over from step 0, side by side</source>
        <translation>Beide Läufe wieder bei Schritt 0 beginnen, nebeneinander</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close without changing the runs</source>
        <translation>Schließen, ohne die Läufe zu ändern</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (solid) beside &lt;b&gt;%2&lt;/b&gt; (dashed)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (durchgezogen) neben &lt;b&gt;%2&lt;/b&gt; (gestrichelt)</translation>
    </message>
    <message>
        <source>Both start from the very same initial weights.</source>
        <translation>Beide beginnen mit genau denselben Anfangsgewichten.</translation>
    </message>
    <message>
        <source>Maxout has other weights: the second run draws its own initial weights from the same seed.</source>
        <translation>Maxout hat andere Gewichte: der zweite Lauf zieht seine eigenen Anfangsgewichte aus demselben Seed.</translation>
    </message>
</context>
<context>
    <name>relulab::gui::ControlPanel</name>
    <message>
        <source>ReLU: max(0, z)</source>
        <translation>ReLU: max(0, z)</translation>
    </message>
    <message>
        <source>Leaky ReLU: max(αz, z)</source>
        <translation>Leaky ReLU: max(αz, z)</translation>
    </message>
    <message>
        <source>|z| = max(−z, z)</source>
        <translation>|z| = max(−z, z)</translation>
    </message>
    <message>
        <source>Parabola z²/R, 3 pieces</source>
        <translation>Parabel z²/R, 3 Stücke</translation>
    </message>
    <message>
        <source>Parabola z²/R, 5 pieces</source>
        <translation>Parabel z²/R, 5 Stücke</translation>
    </message>
    <message>
        <source>Random pieces</source>
        <translation>Zufällige Stücke</translation>
    </message>
    <message>
        <source>Input error</source>
        <translation>Eingabefehler</translation>
    </message>
    <message>
        <source>Presets…</source>
        <translation>Vorlagen…</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>Left derivative: PyTorch&apos;s and TensorFlow&apos;s ReLU′(0) = 0 and Leaky′(0) = α; for maxout the smallest tied slope, which no framework computes.</source>
        <translation>Linksseitige Ableitung: ReLU′(0) = 0 und Leaky′(0) = α wie in PyTorch und TensorFlow; bei Maxout die kleinste der gleichauf liegenden Steigungen, die kein Framework berechnet.</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>Right derivative: ReLU′(0) = 1, Leaky′(0) = 1, for maxout the largest tied slope.</source>
        <translation>Rechtsseitige Ableitung: ReLU′(0) = 1, Leaky′(0) = 1, bei Maxout die größte der gleichauf liegenden Steigungen.</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>The average of the left and right derivatives: ReLU′(0) = ½.</source>
        <translation>Der Mittelwert der links- und rechtsseitigen Ableitung: ReLU′(0) = ½.</translation>
    </message>
    <message>
        <source>first (PyTorch max(dim))</source>
        <translation>erstes (PyTorch max(dim))</translation>
    </message>
    <message>
        <source>What PyTorch&apos;s relu, leaky_relu and max(dim) compute: relu′(0) = 0, leaky_relu′(0) = α, and maxout written as max over the piece dimension gives a tie to the first maximal piece in table order.</source>
        <translation>Was PyTorchs relu, leaky_relu und max(dim) berechnen: relu′(0) = 0, leaky_relu′(0) = α, und Maxout, geschrieben als max über die Stück-Dimension, gibt einen Gleichstand an das erste maximale Stück in Tabellenreihenfolge.</translation>
    </message>
    <message>
        <source>Default: max(z, −0.5z, −5)</source>
        <translation>Standard: max(z, −0,5z, −5)</translation>
    </message>
</context>
<context>
    <name>relulab::gui::ExplorerPlot</name>
    <message>
        <source>Activation plots</source>
        <translation>Diagramme der Aktivierungsfunktionen</translation>
    </message>
    <message>
        <source>Drag the Leaky ReLU&apos;s negative branch to set α; drag a maxout piece to move it, or its diamond handle to rotate it.
Drag empty space to pan, use the wheel to zoom, double-click to reset the view.
Keyboard: ← → move the cursor (it stops on every kink), ↑ ↓ change α, Enter picks a maxout piece instead; Shift for finer steps.</source>
        <translation>Den negativen Ast der Leaky ReLU ziehen, um α zu setzen; ein Maxout-Stück ziehen, um es zu verschieben, oder seinen Rautengriff, um es zu drehen.
Leere Fläche ziehen zum Verschieben, Mausrad zum Zoomen, Doppelklick setzt die Ansicht zurück.
Tastatur: ← → bewegen den Cursor (er hält an jedem Knick), ↑ ↓ ändern α, Eingabe wählt stattdessen ein Maxout-Stück; Umschalt für feinere Schritte.</translation>
    </message>
    <message>
        <source>filled marker: f′ used at a kink (%1 convention)</source>
        <translation>gefüllte Markierung: f′ am Knick (Konvention %1)</translation>
    </message>
    <message>
        <source>open marker: limit not taken</source>
        <translation>offene Markierung: nicht angenommener Grenzwert</translation>
    </message>
    <message>
        <source>bar: subgradient set</source>
        <translation>Balken: Subgradientenmenge</translation>
    </message>
    <message>
        <source>z of %1 on the training data</source>
        <translation>z von %1 auf den Trainingsdaten</translation>
    </message>
    <message>
        <source>z (pre-activation)</source>
        <translation>z (Präaktivierung)</translation>
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
        <translation>„%1“ lösen</translation>
    </message>
    <message>
        <source>Copy values at z = %1</source>
        <translation>Werte bei z = %1 kopieren</translation>
    </message>
    <message>
        <source>Export figure…</source>
        <translation>Abbildung exportieren…</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>Ansicht zurücksetzen</translation>
    </message>
    <message>
        <source>Pin visible curves</source>
        <translation>Sichtbare Kurven anheften</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>Clear all pins</source>
        <translation>Alle angehefteten lösen</translation>
    </message>
    <message>
        <source>α</source>
        <translation>α</translation>
    </message>
    <message>
        <source>maxout piece %1</source>
        <translation>Maxout-Stück %1</translation>
    </message>
    <message>
        <source>↑ ↓ %1 (Shift: finer) · ← → cursor · Enter: next</source>
        <translation>↑ ↓ %1 (Umschalt: feiner) · ← → Cursor · Eingabe: nächstes</translation>
    </message>
    <message>
        <source>%1 with α = %2</source>
        <translation>%1 mit α = %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n piece(s)</source>
        <translation>
            <numerusform>%1 aus %n Stück</numerusform>
            <numerusform>%1 aus %n Stücken</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>z from %1 to %2</source>
        <translation>z von %1 bis %2</translation>
    </message>
    <message>
        <source>No function is shown; %1.</source>
        <translation>Keine Funktion wird gezeigt; %1.</translation>
    </message>
    <message>
        <source>Upper plot: %1, %2. Lower plot: their derivatives f′(z); at each kink a filled marker shows the value the %3 convention takes and an open marker the limit not taken. Arrow keys: Left and Right move the cursor, Up and Down change %4.</source>
        <translation>Oberes Diagramm: %1, %2. Unteres Diagramm: ihre Ableitungen f′(z); an jedem Knick zeigt eine gefüllte Markierung den Wert, den die Konvention %3 annimmt, und eine offene den nicht angenommenen Grenzwert. Pfeiltasten: Links und Rechts bewegen den Cursor, Auf und Ab ändern %4.</translation>
    </message>
</context>
<context>
    <name>relulab::gui::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Was exportiert wird</translation>
    </message>
    <message>
        <source>A single plot, or a whole view as it is on screen</source>
        <translation>Ein einzelnes Diagramm oder eine ganze Ansicht, wie sie auf dem Bildschirm ist</translation>
    </message>
    <message>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <source>A picture of the chosen size in pixels</source>
        <translation>Ein Bild der gewählten Größe in Pixeln</translation>
    </message>
    <message>
        <source>SVG</source>
        <translation>SVG</translation>
    </message>
    <message>
        <source>Vector drawing for the web and for editing</source>
        <translation>Vektorgrafik für das Web und zum Bearbeiten</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Vector drawing for print and LaTeX</source>
        <translation>Vektorgrafik für den Druck und LaTeX</translation>
    </message>
    <message>
        <source>CSV data</source>
        <translation>CSV-Daten</translation>
    </message>
    <message>
        <source>The numbers behind the plot: the curves, or the training log</source>
        <translation>Die Zahlen hinter dem Diagramm: die Kurven oder das Trainingsprotokoll</translation>
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
        <translation>Breite in Pixeln</translation>
    </message>
    <message>
        <source>Width of the picture in pixels</source>
        <translation>Breite des Bildes in Pixeln</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>Höhe in Pixeln</translation>
    </message>
    <message>
        <source>Height of the picture in pixels</source>
        <translation>Höhe des Bildes in Pixeln</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>On-screen size</source>
        <translation>Größe auf dem Bildschirm</translation>
    </message>
    <message>
        <source>Use the size the plot or view has in the window</source>
        <translation>Die Größe verwenden, die das Diagramm oder die Ansicht im Fenster hat</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>keep the on-screen proportions</source>
        <translation>Seitenverhältnis des Bildschirms beibehalten</translation>
    </message>
    <message>
        <source>Keep the on-screen proportions</source>
        <translation>Seitenverhältnis des Bildschirms beibehalten</translation>
    </message>
    <message>
        <source>Width and height change together, in the proportions of the plot or view in the window</source>
        <translation>Breite und Höhe ändern sich gemeinsam, im Seitenverhältnis des Diagramms oder der Ansicht im Fenster</translation>
    </message>
    <message>
        <source>Resolution in DPI</source>
        <translation>Auflösung in DPI</translation>
    </message>
    <message>
        <source>Dots per inch stored in the file: the size it prints at, not the number of pixels</source>
        <translation>In der Datei gespeicherte Punkte pro Zoll: die Druckgröße, nicht die Zahl der Pixel</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Export error</source>
        <translation>Exportfehler</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation>In die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copy the picture (or the CSV text) to the clipboard</source>
        <translation>Das Bild (oder den CSV-Text) in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export to a file</source>
        <translation>In eine Datei exportieren</translation>
    </message>
    <message>
        <source>Choose a file name and save</source>
        <translation>Einen Dateinamen wählen und speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close without exporting</source>
        <translation>Schließen, ohne zu exportieren</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Bild kopieren</translation>
    </message>
    <message>
        <source>Copy CSV</source>
        <translation>CSV kopieren</translation>
    </message>
    <message>
        <source>The curves and derivatives on the explorer&apos;s grid: x,relu,relu_grad,leaky_relu,leaky_relu_grad,maxout,maxout_grad, the same as relulab export --csv.</source>
        <translation>Die Kurven und Ableitungen auf dem Raster des Explorers: x,relu,relu_grad,leaky_relu,leaky_relu_grad,maxout,maxout_grad, dasselbe wie relulab export --csv.</translation>
    </message>
    <message>
        <source>The training run&apos;s log, one row per point of its curves: step,loss,test_loss,accuracy,dead_units,dead_fraction, the same as relulab train --log.</source>
        <translation>Das Protokoll des Trainingslaufs, eine Zeile pro Punkt seiner Kurven: step,loss,test_loss,accuracy,dead_units,dead_fraction, dasselbe wie relulab train --log.</translation>
    </message>
    <message>
        <source>A whole view is drawn as on screen: plots inside it are embedded as pictures. Export a single plot for vector lines.</source>
        <translation>Eine ganze Ansicht wird wie auf dem Bildschirm gezeichnet: Diagramme darin werden als Bilder eingebettet. Für Vektorlinien ein einzelnes Diagramm exportieren.</translation>
    </message>
    <message>
        <source>Drawn as in the window, scaled to the chosen size.</source>
        <translation>Wie im Fenster gezeichnet, auf die gewählte Größe skaliert.</translation>
    </message>
    <message>
        <source>prints %1 × %2 cm (%3 × %4 in)</source>
        <translation>druckt %1 × %2 cm (%3 × %4 in)</translation>
    </message>
    <message>
        <source>this view has no data to save as CSV</source>
        <translation>diese Ansicht hat keine Daten, die als CSV gespeichert werden könnten</translation>
    </message>
    <message>
        <source>Could not export %1: %2</source>
        <translation>%1 konnte nicht exportiert werden: %2</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>%1 file (*.%2)</source>
        <translation>%1-Datei (*.%2)</translation>
    </message>
</context>
<context>
    <name>relulab::gui::InputSpaceView</name>
    <message>
        <source>Input space</source>
        <translation>Eingaberaum</translation>
    </message>
    <message>
        <source>The training data (class 1: filled circles, class 0: filled triangles, test examples hollow) over the network&apos;s prediction, with the selected unit&apos;s off-region (z ≤ 0) hatched. The point probe follows the mouse: every view shows the network at that point.</source>
        <translation>Die Trainingsdaten (Klasse 1: gefüllte Kreise, Klasse 0: gefüllte Dreiecke, Testbeispiele hohl) über der Vorhersage des Netzes, der Aus-Bereich (z ≤ 0) des gewählten Neurons schraffiert. Der Messpunkt folgt der Maus: jede Ansicht zeigt das Netz an diesem Punkt.</translation>
    </message>
    <message>
        <source>prediction p</source>
        <translation>Vorhersage p</translation>
    </message>
    <message>
        <source>linear regions</source>
        <translation>lineare Regionen</translation>
    </message>
    <message>
        <source>unit off (z ≤ 0)</source>
        <translation>Neuron aus (z ≤ 0)</translation>
    </message>
    <message>
        <source>boundary p = 0.5</source>
        <translation>Grenze p = 0,5</translation>
    </message>
    <message>
        <source>prediction ŷ</source>
        <translation>Vorhersage ŷ</translation>
    </message>
    <message>
        <source>class 0, train</source>
        <translation>Klasse 0, Training</translation>
    </message>
    <message>
        <source>class 0, test</source>
        <translation>Klasse 0, Test</translation>
    </message>
    <message>
        <source>class 1, train</source>
        <translation>Klasse 1, Training</translation>
    </message>
    <message>
        <source>class 1, test</source>
        <translation>Klasse 1, Test</translation>
    </message>
    <message>
        <source>train</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>kink of a layer-1 unit</source>
        <translation>Knick eines Neurons der Schicht 1</translation>
    </message>
    <message>
        <source>Data and prediction —</source>
        <translation>Daten und Vorhersage —</translation>
    </message>
    <message>
        <source>click a unit to see where it is off</source>
        <translation>ein Neuron anklicken, um zu sehen, wo es aus ist</translation>
    </message>
    <message>
        <source>maxout unit %1 is never off</source>
        <translation>Maxout-Neuron %1 ist nie aus</translation>
    </message>
    <message>
        <source>sigmoid unit %1 has no off region</source>
        <translation>Sigmoid-Neuron %1 hat keinen Aus-Bereich</translation>
    </message>
    <message>
        <source>tanh unit %1 has no off region</source>
        <translation>Tanh-Neuron %1 hat keinen Aus-Bereich</translation>
    </message>
    <message>
        <source>Data, prediction</source>
        <translation>Daten, Vorhersage</translation>
    </message>
    <message>
        <source>and where unit %1 is off (z ≤ 0)</source>
        <translation>und wo Neuron %1 aus ist (z ≤ 0)</translation>
    </message>
    <message>
        <source>and where unit %1 is on its leaky side (z ≤ 0)</source>
        <translation>und wo Neuron %1 auf seiner Leaky-Seite ist (z ≤ 0)</translation>
    </message>
    <message>
        <source>— dead: off on every training example</source>
        <translation>— tot: aus auf jedem Trainingsbeispiel</translation>
    </message>
    <message>
        <source>— starved: no gradient reaches it</source>
        <translation>— ausgehungert: kein Gradient erreicht es</translation>
    </message>
    <message>
        <source>Linear regions — waiting for the network</source>
        <translation>Lineare Regionen — warte auf das Netz</translation>
    </message>
    <message>
        <source>No linear regions:</source>
        <translation>Keine linearen Regionen:</translation>
    </message>
    <message>
        <source>sigmoid and tanh are not piecewise linear</source>
        <translation>Sigmoid und Tanh sind nicht stückweise linear</translation>
    </message>
    <message>
        <source>the weights are not finite (the run diverged)</source>
        <translation>die Gewichte sind nicht endlich (der Lauf ist divergiert)</translation>
    </message>
    <message>
        <source>More than %1 linear regions in the view:</source>
        <translation>Mehr als %1 lineare Regionen in der Ansicht:</translation>
    </message>
    <message>
        <source>too many to draw</source>
        <translation>zu viele zum Zeichnen</translation>
    </message>
    <message>
        <source>Linear regions — computing…</source>
        <translation>Lineare Regionen — werden berechnet…</translation>
    </message>
    <message>
        <source>Linear regions: %1 intervals,</source>
        <translation>Lineare Regionen: %1 Intervalle,</translation>
    </message>
    <message>
        <source>Linear regions: %1,</source>
        <translation>Lineare Regionen: %1,</translation>
    </message>
    <message>
        <source>neighbours in different colours</source>
        <translation>Nachbarn in verschiedenen Farben</translation>
    </message>
    <message>
        <source>— bold: where unit %1·%2 bends the regions</source>
        <translation>— fett: wo Neuron %1·%2 die Regionen knickt</translation>
    </message>
    <message>
        <source>— click a unit to see its bent line</source>
        <translation>— ein Neuron anklicken, um seine geknickte Linie zu sehen</translation>
    </message>
</context>
<context>
    <name>relulab::gui::LayerSizesPlot</name>
    <message>
        <source>Gradient and activation size per layer</source>
        <translation>Gradienten- und Aktivierungsgröße pro Schicht</translation>
    </message>
    <message>
        <source>Per layer, over the whole training set at the current step: the root mean square of the gradient of the mean loss with respect to the layer&apos;s weights (solid line, circles) and of the hidden layer&apos;s activations f(z) (dashed line, squares), on a log scale. Shrinking gradients towards layer 1 are vanishing gradients; shrinking activations with depth show an init without He&apos;s factor 2. Triangles at the bottom: exactly 0.</source>
        <translation>Pro Schicht, über die ganze Trainingsmenge beim aktuellen Schritt: der quadratische Mittelwert des Gradienten des mittleren Verlusts nach den Gewichten der Schicht (durchgezogene Linie, Kreise) und der Aktivierungen f(z) der verdeckten Schicht (gestrichelte Linie, Quadrate), logarithmisch. Zu Schicht 1 hin schrumpfende Gradienten sind verschwindende Gradienten; mit der Tiefe schrumpfende Aktivierungen zeigen eine Initialisierung ohne He-Faktor 2. Dreiecke unten: genau 0.</translation>
    </message>
    <message>
        <source>layer (out = output layer)</source>
        <translation>Schicht (Ausg. = Ausgabeschicht)</translation>
    </message>
    <message>
        <source>RMS of ∂loss/∂w and of f(z) (log scale)</source>
        <translation>RMS von ∂Verlust/∂w und von f(z) (logarithmisch)</translation>
    </message>
    <message>
        <source>gradient RMS, ∂loss/∂w</source>
        <translation>Gradienten-RMS, ∂Verlust/∂w</translation>
    </message>
    <message>
        <source>activation RMS, f(z)</source>
        <translation>Aktivierungs-RMS, f(z)</translation>
    </message>
    <message>
        <source>gradient exactly 0</source>
        <translation>Gradient genau 0</translation>
    </message>
    <message>
        <source>activations exactly 0</source>
        <translation>Aktivierungen genau 0</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>RMS (log)</source>
        <translation>RMS (log)</translation>
    </message>
    <message>
        <source>out</source>
        <translation>Ausg.</translation>
    </message>
    <message>
        <source>Gradient RMS per weight layer, layer 1 to the output layer: %1. Activation RMS per hidden layer: %2.</source>
        <translation>Gradienten-RMS pro Gewichtsschicht, Schicht 1 bis Ausgabeschicht: %1. Aktivierungs-RMS pro verdeckter Schicht: %2.</translation>
    </message>
</context>
<context>
    <name>relulab::gui::LessonPanel</name>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>The current lesson&apos;s explanation, with buttons to step through the lessons (Page Up and Page Down).</source>
        <translation>Die Erklärung der aktuellen Lektion, mit Knöpfen zum Blättern durch die Lektionen (Bild auf und Bild ab).</translation>
    </message>
    <message>
        <source>Lesson number</source>
        <translation>Lektionsnummer</translation>
    </message>
    <message>
        <source>Which lesson this is, of how many</source>
        <translation>Die wievielte Lektion von wie vielen</translation>
    </message>
    <message>
        <source>Lesson title</source>
        <translation>Lektionstitel</translation>
    </message>
    <message>
        <source>The lesson&apos;s title</source>
        <translation>Der Titel der Lektion</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation>Lektionstext</translation>
    </message>
    <message>
        <source>What this lesson shows and what to try</source>
        <translation>Was diese Lektion zeigt und was man ausprobieren kann</translation>
    </message>
    <message>
        <source>Teacher’s &amp;note</source>
        <translation>&amp;Notiz für Lehrende</translation>
    </message>
    <message>
        <source>Show or hide the longer explanation for the teacher under the lesson text (%1)</source>
        <translation>Die längere Erklärung für Lehrende unter dem Lektionstext zeigen oder verbergen (%1)</translation>
    </message>
    <message>
        <source>Teacher&apos;s note</source>
        <translation>Notiz für Lehrende</translation>
    </message>
    <message>
        <source>The longer explanation behind this lesson, for the teacher</source>
        <translation>Die längere Erklärung hinter dieser Lektion, für Lehrende</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Zurück</translation>
    </message>
    <message>
        <source>Previous lesson</source>
        <translation>Vorherige Lektion</translation>
    </message>
    <message>
        <source>Go to the previous lesson (Page Up)</source>
        <translation>Zur vorherigen Lektion (Bild auf)</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Weiter ▶</translation>
    </message>
    <message>
        <source>Next lesson</source>
        <translation>Nächste Lektion</translation>
    </message>
    <message>
        <source>Go to the next lesson (Page Down)</source>
        <translation>Zur nächsten Lektion (Bild ab)</translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation>&amp;Verlassen</translation>
    </message>
    <message>
        <source>Leave the lessons</source>
        <translation>Die Lektionen verlassen</translation>
    </message>
    <message>
        <source>Close the lesson panel; the current settings stay (Ctrl+Alt+L)</source>
        <translation>Das Lektionsfeld schließen; die aktuellen Einstellungen bleiben (Strg+Alt+L)</translation>
    </message>
    <message>
        <source>Lesson %1 of %2</source>
        <translation>Lektion %1 von %2</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Lesson %1 of %2: %3</source>
        <translation>Lektion %1 von %2: %3</translation>
    </message>
</context>
<context>
    <name>relulab::gui::MainWindow</name>
    <message>
        <source>ReLU Lab main window</source>
        <translation>Hauptfenster von ReLU Lab</translation>
    </message>
    <message>
        <source>Explore ReLU, Leaky ReLU and Maxout and their derivatives, and train a small network to watch ReLU units die. F1 lists the keyboard shortcuts.</source>
        <translation>ReLU, Leaky ReLU und Maxout und ihre Ableitungen erkunden und ein kleines Netz trainieren, um ReLU-Neuronen sterben zu sehen. F1 listet die Tastenkürzel.</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>&amp;Explorer</source>
        <translation>&amp;Explorer</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <source>ReLU, Leaky ReLU and Maxout and their derivatives (Ctrl+1)</source>
        <translation>ReLU, Leaky ReLU und Maxout und ihre Ableitungen (Strg+1)</translation>
    </message>
    <message>
        <source>Train a small network and watch units die (Ctrl+2)</source>
        <translation>Ein kleines Netz trainieren und Neuronen sterben sehen (Strg+2)</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>Statusleiste</translation>
    </message>
    <message>
        <source>Values at the cursor</source>
        <translation>Werte am Cursor</translation>
    </message>
    <message>
        <source>Value and derivative of each shown function at the cursor&apos;s z. At a kink: the subgradient set and the value the convention takes.</source>
        <translation>Wert und Ableitung jeder gezeigten Funktion am z des Cursors. An einem Knick: die Subgradientenmenge und der Wert, den die Konvention annimmt.</translation>
    </message>
    <message>
        <source>Formulas</source>
        <translation>Formeln</translation>
    </message>
    <message>
        <source>The definitions of the shown functions with their current numbers.</source>
        <translation>Die Definitionen der gezeigten Funktionen mit ihren aktuellen Zahlen.</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Steuerung</translation>
    </message>
    <message>
        <source>Explorer</source>
        <translation>Explorer</translation>
    </message>
    <message>
        <source>The comparison run cannot start: %1</source>
        <translation>Der Vergleichslauf kann nicht starten: %1</translation>
    </message>
    <message>
        <source>Move the mouse over the plots, or focus them and use ← →, to read values; at z = 0 you see the kink.</source>
        <translation>Die Maus über die Diagramme bewegen, oder sie fokussieren und ← → verwenden, um Werte abzulesen; bei z = 0 sieht man den Knick.</translation>
    </message>
    <message numerus="yes">
        <source>Pinned %n curve(s)</source>
        <translation>
            <numerusform>%n Kurve angeheftet</numerusform>
            <numerusform>%n Kurven angeheftet</numerusform>
        </translation>
    </message>
    <message>
        <source>The visible curves are pinned already</source>
        <translation>Die sichtbaren Kurven sind schon angeheftet</translation>
    </message>
    <message>
        <source>Copied the values at z = %1</source>
        <translation>Die Werte bei z = %1 kopiert</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Saved the animation</source>
        <translation>Die Animation gespeichert</translation>
    </message>
    <message>
        <source>Copied %1 as an image</source>
        <translation>%1 als Bild kopiert</translation>
    </message>
    <message>
        <source>Export training log</source>
        <translation>Trainingsprotokoll exportieren</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>Some lessons could not be read: %1</source>
        <translation>Einige Lektionen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>&amp;Start the lessons</source>
        <translation>Lektionen &amp;beginnen</translation>
    </message>
    <message>
        <source>Show the first lesson, or the current one</source>
        <translation>Die erste Lektion zeigen, oder die aktuelle</translation>
    </message>
    <message>
        <source>&amp;Next lesson</source>
        <translation>&amp;Nächste Lektion</translation>
    </message>
    <message>
        <source>Go to the next lesson (also → while a lesson is shown)</source>
        <translation>Zur nächsten Lektion (auch →, während eine Lektion gezeigt wird)</translation>
    </message>
    <message>
        <source>&amp;Previous lesson</source>
        <translation>&amp;Vorherige Lektion</translation>
    </message>
    <message>
        <source>Go to the previous lesson (also ← while a lesson is shown)</source>
        <translation>Zur vorherigen Lektion (auch ←, während eine Lektion gezeigt wird)</translation>
    </message>
    <message>
        <source>&amp;Leave the lessons</source>
        <translation>Lektionen &amp;verlassen</translation>
    </message>
    <message>
        <source>Hide the lesson panel; the settings stay as they are</source>
        <translation>Das Lektionsfeld ausblenden; die Einstellungen bleiben, wie sie sind</translation>
    </message>
    <message>
        <source>&amp;%1. %2</source>
        <translation>&amp;%1. %2</translation>
    </message>
    <message>
        <source>Set up the lesson “%1”</source>
        <translation>Die Lektion „%1“ einrichten</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>Lesson panel</source>
        <translation>Lektionsfeld</translation>
    </message>
    <message>
        <source>The lesson&apos;s training setup was refused: %1</source>
        <translation>Der Trainingsaufbau der Lektion wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>Lesson %1: %2</source>
        <translation>Lektion %1: %2</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Menüleiste</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Less&amp;on</source>
        <translation>&amp;Lektion</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation>&amp;Neue Sitzung</translation>
    </message>
    <message>
        <source>Start over with the default settings and a new training run</source>
        <translation>Mit den Standardeinstellungen und einem neuen Trainingslauf neu beginnen</translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation>Sitzung ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a saved .relulab session: settings, training setup and trained network</source>
        <translation>Eine gespeicherte .relulab-Sitzung öffnen: Einstellungen, Trainingsaufbau und trainiertes Netz</translation>
    </message>
    <message>
        <source>&amp;Save session</source>
        <translation>Sitzung &amp;speichern</translation>
    </message>
    <message>
        <source>Save the settings, the training setup and the trained network at its step</source>
        <translation>Die Einstellungen, den Trainingsaufbau und das trainierte Netz bei seinem Schritt speichern</translation>
    </message>
    <message>
        <source>Save session &amp;as…</source>
        <translation>Sitzung speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the session to a new .relulab file</source>
        <translation>Die Sitzung in eine neue .relulab-Datei speichern</translation>
    </message>
    <message>
        <source>Export &amp;figure…</source>
        <translation>&amp;Abbildung exportieren…</translation>
    </message>
    <message>
        <source>Save any plot or a whole view as PNG, SVG or PDF, or its data as CSV</source>
        <translation>Ein Diagramm oder eine ganze Ansicht als PNG, SVG oder PDF speichern, oder seine Daten als CSV</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Save the curves on a uniform grid as CSV</source>
        <translation>Die Kurven auf einem gleichmäßigen Raster als CSV speichern</translation>
    </message>
    <message>
        <source>Export ani&amp;mation…</source>
        <translation>Ani&amp;mation exportieren…</translation>
    </message>
    <message>
        <source>Save the training (replayed from step 0) or the explorer while α or the range sweeps as an animated GIF or an MP4 video</source>
        <translation>Das Training (ab Schritt 0 wiederholt) oder den Explorer, während α oder der Bereich durchläuft, als animiertes GIF oder MP4-Video speichern</translation>
    </message>
    <message>
        <source>Export training &amp;log…</source>
        <translation>Trainings&amp;protokoll exportieren…</translation>
    </message>
    <message>
        <source>Save the training run&apos;s loss and dead units per recorded step as CSV</source>
        <translation>Verlust und tote Neuronen des Trainingslaufs pro aufgezeichnetem Schritt als CSV speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close ReLU Lab</source>
        <translation>ReLU Lab schließen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last change of a setting (a whole drag at once)</source>
        <translation>Die letzte Änderung einer Einstellung rückgängig machen (ein ganzes Ziehen auf einmal)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Redo the change last undone</source>
        <translation>Die zuletzt rückgängig gemachte Änderung wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Copy values at cursor</source>
        <translation>Werte am Cursor &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy z, f(z) and f′(z) of the shown functions at the cursor</source>
        <translation>z, f(z) und f′(z) der gezeigten Funktionen am Cursor kopieren</translation>
    </message>
    <message>
        <source>Copy plot &amp;image</source>
        <translation>Diagramm als &amp;Bild kopieren</translation>
    </message>
    <message>
        <source>Copy the plots in front (explorer plots, or the training curves) as an image</source>
        <translation>Die vorn liegenden Diagramme (Explorer-Diagramme oder Trainingskurven) als Bild kopieren</translation>
    </message>
    <message>
        <source>Increase α</source>
        <translation>α erhöhen</translation>
    </message>
    <message>
        <source>Leaky slope α + 0.01</source>
        <translation>Leaky-Steigung α + 0,01</translation>
    </message>
    <message>
        <source>Decrease α</source>
        <translation>α verringern</translation>
    </message>
    <message>
        <source>Leaky slope α − 0.01</source>
        <translation>Leaky-Steigung α − 0,01</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 zeigen</translation>
    </message>
    <message>
        <source>Show or hide %1</source>
        <translation>%1 zeigen oder ausblenden</translation>
    </message>
    <message>
        <source>Show &amp;subgradient set</source>
        <translation>&amp;Subgradientenmenge zeigen</translation>
    </message>
    <message>
        <source>Bars over [left, right] at each kink</source>
        <translation>Balken über [links, rechts] an jedem Knick</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Hinein&amp;zoomen</translation>
    </message>
    <message>
        <source>Narrow the z range</source>
        <translation>Den z-Bereich verengen</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Hera&amp;uszoomen</translation>
    </message>
    <message>
        <source>Widen the z range</source>
        <translation>Den z-Bereich erweitern</translation>
    </message>
    <message>
        <source>&amp;Reset view</source>
        <translation>Ansicht &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Pin visible curves</source>
        <translation>Sichtbare Kurven an&amp;heften</translation>
    </message>
    <message>
        <source>Freeze the visible curves with their current parameters as ghosts to compare with</source>
        <translation>Die sichtbaren Kurven mit ihren aktuellen Parametern als Geister zum Vergleichen festhalten</translation>
    </message>
    <message>
        <source>C&amp;lear pins</source>
        <translation>Angeheftete &amp;lösen</translation>
    </message>
    <message>
        <source>Remove every pinned curve</source>
        <translation>Alle angehefteten Kurven entfernen</translation>
    </message>
    <message>
        <source>E&amp;xplorer tab</source>
        <translation>&amp;Explorer-Reiter</translation>
    </message>
    <message>
        <source>Show the explorer</source>
        <translation>Den Explorer zeigen</translation>
    </message>
    <message>
        <source>&amp;Training tab</source>
        <translation>&amp;Training-Reiter</translation>
    </message>
    <message>
        <source>Show the training run</source>
        <translation>Den Trainingslauf zeigen</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Spr&amp;ache</translation>
    </message>
    <message>
        <source>Takes effect when ReLU Lab starts again</source>
        <translation>Wirkt beim nächsten Start von ReLU Lab</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Follow the system&apos;s language (now: %1)</source>
        <translation>Der Sprache des Systems folgen (jetzt: %1)</translation>
    </message>
    <message>
        <source>Use %1 from the next start</source>
        <translation>%1 ab dem nächsten Start verwenden</translation>
    </message>
    <message>
        <source>The language changes when ReLU Lab starts again.</source>
        <translation>Die Sprache wechselt beim nächsten Start von ReLU Lab.</translation>
    </message>
    <message>
        <source>&amp;Convention at kinks</source>
        <translation>&amp;Konvention an Knicken</translation>
    </message>
    <message>
        <source>&amp;Left</source>
        <translation>&amp;Links</translation>
    </message>
    <message>
        <source>Use the left derivative: PyTorch&apos;s and TensorFlow&apos;s ReLU′(0) = 0 and Leaky′(0) = α; for maxout the smallest tied slope, which no framework computes</source>
        <translation>Die linksseitige Ableitung verwenden: ReLU′(0) = 0 und Leaky′(0) = α wie in PyTorch und TensorFlow; bei Maxout die kleinste der gleichauf liegenden Steigungen, die kein Framework berechnet</translation>
    </message>
    <message>
        <source>&amp;Right</source>
        <translation>&amp;Rechts</translation>
    </message>
    <message>
        <source>Use the right derivative: ReLU′(0) = 1, the largest tied slope</source>
        <translation>Die rechtsseitige Ableitung verwenden: ReLU′(0) = 1, die größte der gleichauf liegenden Steigungen</translation>
    </message>
    <message>
        <source>&amp;Mean</source>
        <translation>&amp;Mittel</translation>
    </message>
    <message>
        <source>Use the mean of the left and right derivatives: ReLU′(0) = ½</source>
        <translation>Den Mittelwert der links- und rechtsseitigen Ableitung verwenden: ReLU′(0) = ½</translation>
    </message>
    <message>
        <source>&amp;First (PyTorch relu, max(dim))</source>
        <translation>&amp;Erstes (PyTorch relu, max(dim))</translation>
    </message>
    <message>
        <source>Use what PyTorch&apos;s relu, leaky_relu and max(dim) compute: 0 and α as left; maxout as max over the piece dimension gives a tie to the first maximal piece (torch.amax would split it evenly)</source>
        <translation>Verwenden, was PyTorchs relu, leaky_relu und max(dim) berechnen: 0 und α wie links; Maxout als max über die Stück-Dimension gibt einen Gleichstand an das erste maximale Stück (torch.amax würde ihn gleichmäßig aufteilen)</translation>
    </message>
    <message>
        <source>&amp;Play / Pause</source>
        <translation>&amp;Start / Pause</translation>
    </message>
    <message>
        <source>Start or pause training</source>
        <translation>Training starten oder pausieren</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>&amp;Schritt</translation>
    </message>
    <message>
        <source>Train one mini-batch step</source>
        <translation>Einen Mini-Batch-Schritt trainieren</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Start the run over with the same seed</source>
        <translation>Den Lauf mit demselben Seed neu beginnen</translation>
    </message>
    <message>
        <source>Linear re&amp;gions</source>
        <translation>Lineare Re&amp;gionen</translation>
    </message>
    <message>
        <source>Show the network&apos;s exact linear regions in the data plot: each region (one on/off pattern of the hidden units) its own colour, the selected unit&apos;s bent line bold</source>
        <translation>Die exakten linearen Regionen des Netzes im Datendiagramm zeigen: jede Region (ein An/Aus-Muster der verdeckten Neuronen) in eigener Farbe, die geknickte Linie des gewählten Neurons fett</translation>
    </message>
    <message>
        <source>&amp;Import data…</source>
        <translation>Daten &amp;importieren…</translation>
    </message>
    <message>
        <source>Train on your own CSV examples</source>
        <translation>Mit eigenen CSV-Beispielen trainieren</translation>
    </message>
    <message>
        <source>&amp;Compare with…</source>
        <translation>&amp;Vergleichen mit…</translation>
    </message>
    <message>
        <source>Train a second run beside this one, same data and seed, another activation</source>
        <translation>Einen zweiten Lauf neben diesem trainieren, gleiche Daten und gleicher Seed, andere Aktivierungsfunktion</translation>
    </message>
    <message>
        <source>S&amp;top comparing</source>
        <translation>Vergleich be&amp;enden</translation>
    </message>
    <message>
        <source>End the second run</source>
        <translation>Den zweiten Lauf beenden</translation>
    </message>
    <message>
        <source>&amp;Born-dead networks…</source>
        <translation>&amp;Tot geborene Netze…</translation>
    </message>
    <message>
        <source>How many deep, narrow ReLU nets are dead at initialisation</source>
        <translation>Wie viele tiefe, schmale ReLU-Netze bei der Initialisierung tot sind</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>List every shortcut, menu by menu (F1 or ?)</source>
        <translation>Jedes Tastenkürzel auflisten, Menü für Menü (F1 oder ?)</translation>
    </message>
    <message>
        <source>&amp;About ReLU Lab</source>
        <translation>Ü&amp;ber ReLU Lab</translation>
    </message>
    <message>
        <source>Version and purpose</source>
        <translation>Version und Zweck</translation>
    </message>
    <message>
        <source>About ReLU Lab</source>
        <translation>Über ReLU Lab</translation>
    </message>
    <message>
        <source>&lt;b&gt;ReLU Lab&lt;/b&gt; %1&lt;br&gt;Explore ReLU, Leaky ReLU and Maxout, their derivatives and kinks.</source>
        <translation>&lt;b&gt;ReLU Lab&lt;/b&gt; %1&lt;br&gt;ReLU, Leaky ReLU und Maxout, ihre Ableitungen und Knicke erkunden.</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Größere Schrift</translation>
    </message>
    <message>
        <source>Make all text larger, plots included (Ctrl+= or Ctrl++)</source>
        <translation>Alle Schrift größer machen, Diagramme eingeschlossen (Strg+= oder Strg++)</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>&amp;Kleinere Schrift</translation>
    </message>
    <message>
        <source>Make all text smaller, plots included</source>
        <translation>Alle Schrift kleiner machen, Diagramme eingeschlossen</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normale Schriftgröße</translation>
    </message>
    <message>
        <source>Back to the normal text size</source>
        <translation>Zurück zur normalen Schriftgröße</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Hoher Kontrast</translation>
    </message>
    <message>
        <source>Black on white, thicker lines and a stronger focus ring</source>
        <translation>Schwarz auf Weiß, dickere Linien und ein kräftigerer Fokusrahmen</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Full screen with large text and thick lines for a projector; F5 or Esc leaves</source>
        <translation>Vollbild mit großer Schrift und dicken Linien für einen Beamer; F5 oder Esc verlässt ihn</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Präsentieren</translation>
    </message>
    <message>
        <source>L&amp;eave presentation mode</source>
        <translation>Präsentationsmodus &amp;verlassen</translation>
    </message>
    <message>
        <source>Back to the normal window</source>
        <translation>Zurück zum normalen Fenster</translation>
    </message>
    <message>
        <source>&amp;Controls</source>
        <translation>S&amp;teuerung</translation>
    </message>
    <message>
        <source>Show or hide the control panels of both tabs; presentation mode folds them away to give the plots the room</source>
        <translation>Die Steuerfelder beider Reiter zeigen oder ausblenden; der Präsentationsmodus klappt sie weg, um den Diagrammen Platz zu geben</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regionen</translation>
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
        <translation>Zurück zu z von −10 bis 10</translation>
    </message>
</context>
<context>
    <name>relulab::gui::MaxoutPiecesModel</name>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>verdeckt</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>doppelt</translation>
    </message>
    <message>
        <source>Piece %1 = %2 is the maximum on part of the z axis.</source>
        <translation>Stück %1 = %2 ist auf einem Teil der z-Achse das Maximum.</translation>
    </message>
    <message>
        <source>Piece %1 = %2 is never the maximum: it does not shape the unit.</source>
        <translation>Stück %1 = %2 ist nie das Maximum: es formt das Neuron nicht.</translation>
    </message>
    <message>
        <source>Piece %1 = %2 repeats an earlier piece.</source>
        <translation>Stück %1 = %2 wiederholt ein früheres Stück.</translation>
    </message>
    <message>
        <source>slope</source>
        <translation>Steigung</translation>
    </message>
    <message>
        <source>intercept</source>
        <translation>Achsenabschnitt</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Piece %1: not a number</source>
        <translation>Stück %1: keine Zahl</translation>
    </message>
</context>
<context>
    <name>relulab::gui::NetworkDiagram</name>
    <message>
        <source>Network diagram</source>
        <translation>Netzdiagramm</translation>
    </message>
    <message>
        <source> — collapsed</source>
        <translation> — kollabiert</translation>
    </message>
    <message>
        <source>Layer %1, unit %2</source>
        <translation>Schicht %1, Neuron %2</translation>
    </message>
    <message>
        <source>an unknown share</source>
        <translation>ein unbekannter Anteil</translation>
    </message>
    <message>
        <source>%1: never off — sigmoid and tanh pass gradient on every example (z &gt; 0 on %2 of the training examples)</source>
        <translation>%1: nie aus — Sigmoid und Tanh leiten auf jedem Beispiel Gradienten weiter (z &gt; 0 auf %2 der Trainingsbeispiele)</translation>
    </message>
    <message>
        <source>%1: dead — z ≤ 0 on every training example (active on %2 of them)</source>
        <translation>%1: tot — z ≤ 0 auf jedem Trainingsbeispiel (aktiv auf %2 davon)</translation>
    </message>
    <message>
        <source>%1: inactive — z ≤ 0 on every training example, but it still passes gradient and can recover (active on %2 of them)</source>
        <translation>%1: inaktiv — z ≤ 0 auf jedem Trainingsbeispiel, leitet aber noch Gradienten weiter und kann sich erholen (aktiv auf %2 davon)</translation>
    </message>
    <message>
        <source>%1: starved — its own kink would pass gradient (active on %2 of the training examples), but none reaches its incoming weights: every path to the output is blocked by a dead layer or zero weights, or its inputs are all 0</source>
        <translation>%1: ausgehungert — sein eigener Knick würde Gradienten durchlassen (aktiv auf %2 der Trainingsbeispiele), aber keiner erreicht seine eingehenden Gewichte: jeder Pfad zur Ausgabe ist durch eine tote Schicht oder Nullgewichte blockiert, oder seine Eingaben sind alle 0</translation>
    </message>
    <message>
        <source>%1: active — z &gt; 0 on %2 of the training examples</source>
        <translation>%1: aktiv — z &gt; 0 auf %2 der Trainingsbeispiele</translation>
    </message>
    <message>
        <source>
At the probed point: z = %1, on</source>
        <translation>
Am Messpunkt: z = %1, an</translation>
    </message>
    <message>
        <source>
At the probed point: z = %1, off</source>
        <translation>
Am Messpunkt: z = %1, aus</translation>
    </message>
    <message>
        <source>No network yet. Press Play to train.</source>
        <translation>Noch kein Netz. Start drücken, um zu trainieren.</translation>
    </message>
    <message>
        <source>%1 hidden layers, %2 units: %3 dead, %4 starved, %5 inactive but alive (counting the starved ones that are off on all data), %6 active on some data.</source>
        <translation>%1 verdeckte Schichten, %2 Neuronen: %3 tot, %4 ausgehungert, %5 inaktiv, aber lebendig (die ausgehungerten mitgezählt, die auf allen Daten aus sind), %6 aktiv auf einem Teil der Daten.</translation>
    </message>
    <message>
        <source> Collapsed: a hidden layer is the same on every training example, so the output no longer depends on x.</source>
        <translation> Kollabiert: eine verdeckte Schicht ist auf jedem Trainingsbeispiel gleich, also hängt die Ausgabe nicht mehr von x ab.</translation>
    </message>
    <message>
        <source> Sigmoid and tanh have no off region: no unit can be dead or inactive.</source>
        <translation> Sigmoid und Tanh haben keinen Aus-Bereich: kein Neuron kann tot oder inaktiv sein.</translation>
    </message>
    <message>
        <source> Selected: %1.</source>
        <translation> Gewählt: %1.</translation>
    </message>
    <message>
        <source>dead (its kink blocks every example)</source>
        <translation>tot (sein Knick blockiert jedes Beispiel)</translation>
    </message>
    <message>
        <source>dotted, ⊘: starved (no gradient reaches it)</source>
        <translation>gepunktet, ⊘: ausgehungert (kein Gradient erreicht es)</translation>
    </message>
    <message>
        <source>dashed: inactive (z ≤ 0 on all data)</source>
        <translation>gestrichelt: inaktiv (z ≤ 0 auf allen Daten)</translation>
    </message>
    <message>
        <source>hatched: where the unit is off (z ≤ 0)</source>
        <translation>schraffiert: wo das Neuron aus ist (z ≤ 0)</translation>
    </message>
    <message>
        <source>grey: z ≤ 0 (sigmoid and tanh are never off)</source>
        <translation>grau: z ≤ 0 (Sigmoid und Tanh sind nie aus)</translation>
    </message>
    <message>
        <source>on: z &gt; 0, darker = larger</source>
        <translation>an: z &gt; 0, dunkler = größer</translation>
    </message>
    <message>
        <source>w &gt; 0 / w &lt; 0, width ∝ |w|</source>
        <translation>w &gt; 0 / w &lt; 0, Breite ∝ |w|</translation>
    </message>
    <message>
        <source>Press Play to train</source>
        <translation>Start drücken, um zu trainieren</translation>
    </message>
    <message>
        <source>input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>Schicht %1</translation>
    </message>
    <message>
        <source>dead %1 / %2 (%3%)</source>
        <translation>tot %1 / %2 (%3 %)</translation>
    </message>
    <message>
        <source>, starved %1</source>
        <translation>, ausgehungert %1</translation>
    </message>
</context>
<context>
    <name>relulab::gui::PinsPanel</name>
    <message>
        <source>Pinned curves</source>
        <translation>Angeheftete Kurven</translation>
    </message>
    <message>
        <source>None. Pin the visible curves (P), then change α or the pieces to compare with them.</source>
        <translation>Keine. Die sichtbaren Kurven anheften (P), dann α oder die Stücke ändern, um mit ihnen zu vergleichen.</translation>
    </message>
    <message>
        <source>Pin visible</source>
        <translation>Sichtbare anheften</translation>
    </message>
    <message>
        <source>Pin visible curves</source>
        <translation>Sichtbare Kurven anheften</translation>
    </message>
    <message>
        <source>Freeze every visible curve with its current parameters as a ghost to compare with (P); at most %1</source>
        <translation>Jede sichtbare Kurve mit ihren aktuellen Parametern als Geist zum Vergleichen festhalten (P); höchstens %1</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>Clear pins</source>
        <translation>Angeheftete lösen</translation>
    </message>
    <message>
        <source>Remove every pinned curve (Shift+P)</source>
        <translation>Alle angehefteten Kurven entfernen (Umschalt+P)</translation>
    </message>
    <message>
        <source>Unpin %1</source>
        <translation>%1 lösen</translation>
    </message>
</context>
<context>
    <name>relulab::gui::ProbePanel</name>
    <message>
        <source>Calculation at the probed point</source>
        <translation>Rechnung am Messpunkt</translation>
    </message>
    <message>
        <source>The selected unit&apos;s sum at the probed point: inputs × weights + bias = z, then f(z) and f′(z). Hover the data plot to probe a point, click to pin it.</source>
        <translation>Die Summe des gewählten Neurons am Messpunkt: Eingaben × Gewichte + Bias = z, dann f(z) und f′(z). Über das Datendiagramm fahren, um einen Punkt zu messen, klicken, um ihn festzuhalten.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Probe&lt;/b&gt;: hover the data plot to see the network at a point; click to pin it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Messpunkt&lt;/b&gt;: über das Datendiagramm fahren, um das Netz an einem Punkt zu sehen; klicken, um ihn festzuhalten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Probe&lt;/b&gt;: no network yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Messpunkt&lt;/b&gt;: noch kein Netz.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>pinned: click or Esc releases, arrows move it</source>
        <translation>festgehalten: Klick oder Esc löst ihn, Pfeiltasten bewegen ihn</translation>
    </message>
    <message>
        <source>click to pin</source>
        <translation>klicken zum Festhalten</translation>
    </message>
    <message>
        <source>ŷ = %1</source>
        <translation>ŷ = %1</translation>
    </message>
    <message>
        <source>ŷ = p(class 1) = %1 → class %2</source>
        <translation>ŷ = p(Klasse 1) = %1 → Klasse %2</translation>
    </message>
    <message>
        <source>Probe</source>
        <translation>Messpunkt</translation>
    </message>
    <message>
        <source>layer %1 %2 (%3 on)</source>
        <translation>Schicht %1 %2 (%3 an)</translation>
    </message>
    <message>
        <source>ŷ = %1 → class %2</source>
        <translation>ŷ = %1 → Klasse %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Linear region %1 of %2&lt;/b&gt;: pattern %3&lt;br&gt;on it the network is affine: %4 = %5&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Lineare Region %1 von %2&lt;/b&gt;: Muster %3&lt;br&gt;auf ihr ist das Netz affin: %4 = %5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>ŷ</source>
        <translation>ŷ</translation>
    </message>
    <message>
        <source>logit</source>
        <translation>Logit</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a unit in the diagram to see its sum here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ein Neuron im Diagramm wählen, um hier seine Summe zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Unit %1·%2&lt;/b&gt; (layer %1, unit %2), %3:&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Neuron %1·%2&lt;/b&gt; (Schicht %1, Neuron %2), %3:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>× weight</source>
        <translation>× Gewicht</translation>
    </message>
    <message>
        <source>× w&lt;sub&gt;%1&lt;/sub&gt;</source>
        <translation>× w&lt;sub&gt;%1&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>= term</source>
        <translation>= Term</translation>
    </message>
    <message>
        <source>+ bias</source>
        <translation>+ Bias</translation>
    </message>
    <message>
        <source>= piece</source>
        <translation>= Stück</translation>
    </message>
    <message>
        <source> (piece %1 wins)</source>
        <translation> (Stück %1 gewinnt)</translation>
    </message>
    <message>
        <source>&lt;br&gt;z = 0 exactly: the kink. f′(0) = %1 is the %2 convention&apos;s value.</source>
        <translation>&lt;br&gt;z = 0 genau: der Knick. f′(0) = %1 ist der Wert der Konvention %2.</translation>
    </message>
    <message>
        <source>&lt;br&gt;On: z &gt; 0, the unit passes its input.</source>
        <translation>&lt;br&gt;An: z &gt; 0, das Neuron gibt seine Eingabe weiter.</translation>
    </message>
    <message>
        <source>&lt;br&gt;Off: z ≤ 0, the unit passes %1.</source>
        <translation>&lt;br&gt;Aus: z ≤ 0, das Neuron gibt %1 weiter.</translation>
    </message>
    <message>
        <source>nothing (0)</source>
        <translation>nichts (0)</translation>
    </message>
    <message>
        <source>its slope × z</source>
        <translation>seine Steigung × z</translation>
    </message>
</context>
<context>
    <name>relulab::gui::SessionDocument</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Removed from Open Recent (no longer there): %1</source>
        <translation>Aus „Zuletzt geöffnet“ entfernt (nicht mehr vorhanden): %1</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>%1[*] — ReLU Lab</source>
        <translation>%1[*] — ReLU Lab</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source> (without the diverged network: the run starts at step 0 when opened)</source>
        <translation> (ohne das divergierte Netz: der Lauf beginnt beim Öffnen bei Schritt 0)</translation>
    </message>
    <message>
        <source>Saved %1%2</source>
        <translation>%1%2 gespeichert</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to %1 first?</source>
        <translation>Die Änderungen zuerst in %1 speichern?</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <source>Could not open the session</source>
        <translation>Die Sitzung konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 was not opened:</source>
        <translation>%1 wurde nicht geöffnet:</translation>
    </message>
    <message>
        <source>%1

Nothing in the open session was changed.</source>
        <translation>%1

An der offenen Sitzung wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Could not save the session</source>
        <translation>Die Sitzung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1 was not saved:
%2

The file on disk was left as it was.</source>
        <translation>%1 wurde nicht gespeichert:
%2

Die Datei auf dem Datenträger blieb, wie sie war.</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Sitzung speichern</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Session not found</source>
        <translation>Sitzung nicht gefunden</translation>
    </message>
    <message>
        <source>%1 no longer exists; it was removed from Open Recent.</source>
        <translation>%1 existiert nicht mehr; sie wurde aus „Zuletzt geöffnet“ entfernt.</translation>
    </message>
    <message>
        <source>No recent sessions</source>
        <translation>Keine zuletzt geöffneten Sitzungen</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Forget the recently opened and saved sessions</source>
        <translation>Die zuletzt geöffneten und gespeicherten Sitzungen vergessen</translation>
    </message>
    <message>
        <source>The last session could not be restored (%1): %2. Started a new one.</source>
        <translation>Die letzte Sitzung konnte nicht wiederhergestellt werden (%1): %2. Eine neue wurde begonnen.</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>relulab::gui::ShortcutSheet</name>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>On the plot, when it has focus</source>
        <translation>Im Diagramm, wenn es den Fokus hat</translation>
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
        <translation>Den Cursor entlang z bewegen</translation>
    </message>
    <message>
        <source>It stops on every kink; the readout names the subgradient there</source>
        <translation>Er hält an jedem Knick; die Anzeige nennt dort den Subgradienten</translation>
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
        <translation>α oder das gewählte Maxout-Stück ändern</translation>
    </message>
    <message>
        <source>α by 0.01, a piece&apos;s intercept by 0.1</source>
        <translation>α um 0,01, den Achsenabschnitt eines Stücks um 0,1</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Choose what ↑ ↓ change</source>
        <translation>Wählen, was ↑ ↓ ändern</translation>
    </message>
    <message>
        <source>α, then each maxout piece in turn</source>
        <translation>α, dann der Reihe nach jedes Maxout-Stück</translation>
    </message>
    <message>
        <source>Shift + arrows</source>
        <translation>Umschalt + Pfeiltasten</translation>
    </message>
    <message>
        <source>Finer steps</source>
        <translation>Feinere Schritte</translation>
    </message>
    <message>
        <source>A tenth of the normal step</source>
        <translation>Ein Zehntel des normalen Schritts</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Steuerung</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Shift+Tab</source>
        <translation>Umschalt+Tab</translation>
    </message>
    <message>
        <source>Next or previous control</source>
        <translation>Nächstes oder vorheriges Bedienelement</translation>
    </message>
    <message>
        <source>The focused control has a ring round it</source>
        <translation>Das Bedienelement mit dem Fokus hat einen Rahmen</translation>
    </message>
    <message>
        <source>Arrows</source>
        <translation>Pfeiltasten</translation>
    </message>
    <message>
        <source>Change a slider or spin box</source>
        <translation>Einen Schieberegler oder ein Drehfeld ändern</translation>
    </message>
    <message>
        <source>With Shift: a tenth of the step</source>
        <translation>Mit Umschalt: ein Zehntel des Schritts</translation>
    </message>
    <message>
        <source> on the diagram</source>
        <translation> im Diagramm</translation>
    </message>
    <message>
        <source>Select a unit of the network</source>
        <translation>Ein Neuron des Netzes wählen</translation>
    </message>
    <message>
        <source>Home selects none</source>
        <translation>Pos1 wählt keines</translation>
    </message>
    <message>
        <source>Shortcut list</source>
        <translation>Liste der Tastenkürzel</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of ReLU Lab, grouped by menu, then the keys of the plot and of the controls</source>
        <translation>Jedes Tastenkürzel von ReLU Lab, nach Menü gruppiert, dann die Tasten des Diagramms und der Bedienelemente</translation>
    </message>
    <message>
        <source>Every keyboard shortcut, grouped by menu</source>
        <translation>Jedes Tastenkürzel, nach Menü gruppiert</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the shortcut list (Esc)</source>
        <translation>Die Liste der Tastenkürzel schließen (Esc)</translation>
    </message>
</context>
<context>
    <name>relulab::gui::TimelineBar</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Step shown</source>
        <translation>Angezeigter Schritt</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Neuester</translation>
    </message>
    <message>
        <source>Show the newest step</source>
        <translation>Den neuesten Schritt zeigen</translation>
    </message>
    <message>
        <source>Show the run&apos;s newest step again (End). Play also goes on from there.</source>
        <translation>Den neuesten Schritt des Laufs wieder zeigen (Ende). Auch Start macht dort weiter.</translation>
    </message>
    <message>
        <source>Continue from here…</source>
        <translation>Von hier weiter…</translation>
    </message>
    <message>
        <source>Continue from the step shown</source>
        <translation>Vom angezeigten Schritt aus weitertrainieren</translation>
    </message>
    <message>
        <source>Discard the history after the step shown and train on from it, exactly as a run that had stopped there would</source>
        <translation>Den Verlauf nach dem angezeigten Schritt verwerfen und von dort weitertrainieren, genau wie ein dort angehaltener Lauf</translation>
    </message>
    <message>
        <source>unit %1·%2</source>
        <translation>Neuron %1·%2</translation>
    </message>
    <message>
        <source>%1 never died</source>
        <translation>%1 ist nie gestorben</translation>
    </message>
    <message>
        <source>Continue from step %1?</source>
        <translation>Ab Schritt %1 weitertrainieren?</translation>
    </message>
    <message>
        <source>Train on from step %1 and discard the history after it (steps %2 to %3)?</source>
        <translation>Ab Schritt %1 weitertrainieren und den Verlauf danach verwerfen (Schritte %2 bis %3)?</translation>
    </message>
    <message>
        <source>Continue from step %1</source>
        <translation>Ab Schritt %1 weiter</translation>
    </message>
    <message>
        <source>The run goes on exactly as a run that had stopped at step %1 would: same weights, optimizer state and batch order.</source>
        <translation>Der Lauf geht genau so weiter wie ein bei Schritt %1 angehaltener Lauf: gleiche Gewichte, gleicher Optimiererzustand, gleiche Batch-Reihenfolge.</translation>
    </message>
    <message>
        <source>Showing step %1 of %2</source>
        <translation>Schritt %1 von %2 angezeigt</translation>
    </message>
    <message>
        <source>Which step every view shows</source>
        <translation>Welchen Schritt jede Ansicht zeigt</translation>
    </message>
    <message>
        <source>Selected unit&apos;s history</source>
        <translation>Verlauf des gewählten Neurons</translation>
    </message>
    <message>
        <source>When the selected unit died and revived in the run&apos;s history</source>
        <translation>Wann das gewählte Neuron im Verlauf des Laufs starb und wiederbelebt wurde</translation>
    </message>
    <message>
        <source>Newest step</source>
        <translation>Neuester Schritt</translation>
    </message>
</context>
<context>
    <name>relulab::gui::TimelineTrack</name>
    <message>
        <source>Training timeline</source>
        <translation>Trainingszeitleiste</translation>
    </message>
    <message>
        <source>The run&apos;s history: drag or click to show a kept step in every view; ←/→ one kept step, PgUp/PgDn a tenth of the run, Home the start, End or Esc the newest step. ▼ a unit died, ▲ it revived.</source>
        <translation>Der Verlauf des Laufs: ziehen oder klicken, um einen gespeicherten Schritt in jeder Ansicht zu zeigen; ←/→ ein gespeicherter Schritt, Bild↑/Bild↓ ein Zehntel des Laufs, Pos1 der Anfang, Ende oder Esc der neueste Schritt. ▼ ein Neuron starb, ▲ es wurde wiederbelebt.</translation>
    </message>
</context>
<context>
    <name>relulab::gui::TrainingCurves</name>
    <message>
        <source>Training curves</source>
        <translation>Trainingskurven</translation>
    </message>
    <message>
        <source>Loss over training steps (train: solid line, test: dashed line) on the left axis and the share of dead hidden units (thick grey step line) on the right axis. When two runs are compared: each run&apos;s train loss (thin) and dead share (thick step line), the main run solid blue, the second run dashed vermillion; the legend names each run with its dead units. On the outer right axis, the number of linear regions of the main run&apos;s network in the input view&apos;s box (dash-dot line; triangles where the count stopped at its limit), with a thin line for the most a one-hidden-layer net can have or a dotted line for the scale of a deeper one.</source>
        <translation>Verlust über die Trainingsschritte (Training: durchgezogene Linie, Test: gestrichelte Linie) an der linken Achse und der Anteil toter verdeckter Neuronen (dicke graue Stufenlinie) an der rechten Achse. Wenn zwei Läufe verglichen werden: der Trainingsverlust jedes Laufs (dünn) und sein Anteil toter Neuronen (dicke Stufenlinie), der Hauptlauf durchgezogen blau, der zweite Lauf gestrichelt zinnoberrot; die Legende nennt jeden Lauf mit seinen toten Neuronen. An der äußeren rechten Achse die Zahl der linearen Regionen des Netzes im Hauptlauf im Kasten der Eingabeansicht (Strich-Punkt-Linie; Dreiecke, wo die Zählung an ihrer Grenze anhielt), mit einer dünnen Linie für das Höchste, das ein Netz mit einer verdeckten Schicht haben kann, oder einer gepunkteten Linie für die Größenordnung eines tieferen.</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>dead units (%)</source>
        <translation>tote Neuronen (%)</translation>
    </message>
    <message>
        <source>linear regions</source>
        <translation>lineare Regionen</translation>
    </message>
    <message>
        <source>dead (%)</source>
        <translation>tot (%)</translation>
    </message>
    <message>
        <source>loss (log scale)</source>
        <translation>Verlust (logarithmisch)</translation>
    </message>
    <message>
        <source>log loss</source>
        <translation>log. Verlust</translation>
    </message>
    <message>
        <source>regions</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <source>%1: %2 / %3 dead (%4%)</source>
        <translation>%1: %2 / %3 tot (%4 %)</translation>
    </message>
    <message>
        <source>train loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <source>test loss</source>
        <translation>Testverlust</translation>
    </message>
    <message>
        <source>dead units</source>
        <translation>tote Neuronen</translation>
    </message>
    <message>
        <source>≥: more regions than the limit</source>
        <translation>≥: mehr Regionen als die Grenze</translation>
    </message>
    <message>
        <source>linear regions (%1)</source>
        <translation>lineare Regionen (%1)</translation>
    </message>
    <message>
        <source>max %1 = N + 1</source>
        <translation>max. %1 = N + 1</translation>
    </message>
    <message>
        <source>At most %1 intervals: each of the N = %2 hidden units bends the output at most once along x, and %2 kinks cut the line into at most N + 1 = %1 intervals. Inside the view&apos;s range there can only be fewer.</source>
        <translation>Höchstens %1 Intervalle: jedes der N = %2 verdeckten Neuronen knickt die Ausgabe entlang x höchstens einmal, und %2 Knicke teilen die Gerade in höchstens N + 1 = %1 Intervalle. Im Bereich der Ansicht kann es nur weniger geben.</translation>
    </message>
    <message>
        <source>max %1 (Zaslavsky)</source>
        <translation>max. %1 (Zaslavsky)</translation>
    </message>
    <message>
        <source>~ units = %1</source>
        <translation>~ Neuronen = %1</translation>
    </message>
    <message>
        <source>~ (units)² = %1</source>
        <translation>~ (Neuronen)² = %1</translation>
    </message>
    <message>
        <source>At most %1 regions: the N = %2 hidden units are %2 lines in the plane, and %2 lines in general position cut it into 1 + N + N(N−1)/2 = %1 regions (Zaslavsky 1975). Inside the view&apos;s box there can only be fewer: 1 + (lines crossing the box) + (crossings inside it).</source>
        <translation>Höchstens %1 Regionen: die N = %2 verdeckten Neuronen sind %2 Geraden in der Ebene, und %2 Geraden in allgemeiner Lage teilen sie in 1 + N + N(N−1)/2 = %1 Regionen (Zaslavsky 1975). Im Kasten der Ansicht kann es nur weniger geben: 1 + (Geraden, die den Kasten kreuzen) + (Schnittpunkte darin).</translation>
    </message>
    <message>
        <source>A scale, not an exact limit: for a 1-D input, the average number of linear pieces of a ReLU network at initialisation is bounded by about (number of hidden units)¹ = %1, independent of depth, and stays near that in training (Hanin &amp; Rolnick 2019, “Deep ReLU Networks Have Surprisingly Few Activation Patterns”). The most a deep net can have grows exponentially with depth (Montúfar et al. 2014).</source>
        <translation>Eine Größenordnung, keine exakte Grenze: bei 1-D-Eingabe ist die mittlere Zahl linearer Stücke eines ReLU-Netzes bei der Initialisierung durch etwa (Zahl der verdeckten Neuronen)¹ = %1 beschränkt, unabhängig von der Tiefe, und bleibt im Training in dieser Nähe (Hanin &amp; Rolnick 2019, „Deep ReLU Networks Have Surprisingly Few Activation Patterns“). Das Höchste, das ein tiefes Netz haben kann, wächst exponentiell mit der Tiefe (Montúfar et al. 2014).</translation>
    </message>
    <message>
        <source>A scale, not an exact limit: for a 2-D input, the average number of regions of a ReLU network at initialisation is bounded by about (number of hidden units)² = %1 × %1 = %2, independent of depth, and stays near that in training (Hanin &amp; Rolnick 2019, “Deep ReLU Networks Have Surprisingly Few Activation Patterns”). The most a deep net can have grows exponentially with depth (Montúfar et al. 2014).</source>
        <translation>Eine Größenordnung, keine exakte Grenze: bei 2-D-Eingabe ist die mittlere Zahl der Regionen eines ReLU-Netzes bei der Initialisierung durch etwa (Zahl der verdeckten Neuronen)² = %1 × %1 = %2 beschränkt, unabhängig von der Tiefe, und bleibt im Training in dieser Nähe (Hanin &amp; Rolnick 2019, „Deep ReLU Networks Have Surprisingly Few Activation Patterns“). Das Höchste, das ein tiefes Netz haben kann, wächst exponentiell mit der Tiefe (Montúfar et al. 2014).</translation>
    </message>
    <message>
        <source>dead, layer %1</source>
        <translation>tot, Schicht %1</translation>
    </message>
</context>
<context>
    <name>relulab::gui::TrainingPanel</name>
    <message>
        <source>Training controls</source>
        <translation>Trainingssteuerung</translation>
    </message>
    <message>
        <source>Training message</source>
        <translation>Trainingsmeldung</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>Start oder Pause</translation>
    </message>
    <message>
        <source>Start or pause training (Space)</source>
        <translation>Training starten oder pausieren (Leertaste)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Train one mini-batch step (N)</source>
        <translation>Einen Mini-Batch-Schritt trainieren (N)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Start over from step 0 with the same seed: the identical run (Ctrl+R)</source>
        <translation>Neu beginnen bei Schritt 0 mit demselben Seed: derselbe Lauf (Strg+R)</translation>
    </message>
    <message>
        <source>Training speed</source>
        <translation>Trainingsgeschwindigkeit</translation>
    </message>
    <message>
        <source>Steps per second, from 1 to 10,000; far right: as fast as possible</source>
        <translation>Schritte pro Sekunde, von 1 bis 10.000; ganz rechts: so schnell wie möglich</translation>
    </message>
    <message>
        <source>Training speed value</source>
        <translation>Wert der Trainingsgeschwindigkeit</translation>
    </message>
    <message>
        <source>Steps per second</source>
        <translation>Schritte pro Sekunde</translation>
    </message>
    <message>
        <source>%1 steps/s</source>
        <translation>%1 Schritte/s</translation>
    </message>
    <message>
        <source>speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>The toy data set: 2-D classification (circle, xor, ...), class by a curve (above-sine, above-cubic, above-abs) or 1-D regression (abs, sine, step)</source>
        <translation>Der Spielzeug-Datensatz: 2-D-Klassifikation (circle, xor, ...), Klasse durch eine Kurve (above-sine, above-cubic, above-abs) oder 1-D-Regression (abs, sine, step)</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Rauschen</translation>
    </message>
    <message>
        <source>Noise added to the examples, in the data&apos;s units</source>
        <translation>Rauschen, das den Beispielen hinzugefügt wird, in den Einheiten der Daten</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Number of examples; 20% are held out for testing</source>
        <translation>Zahl der Beispiele; 20 % werden zum Testen zurückgehalten</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV importieren…</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <source>Train on your own examples: rows x1,x2,label or x,y</source>
        <translation>Mit eigenen Beispielen trainieren: Zeilen x1,x2,label oder x,y</translation>
    </message>
    <message>
        <source>set</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>Rauschen</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Class a click adds</source>
        <translation>Klasse, die ein Klick hinzufügt</translation>
    </message>
    <message>
        <source>Click the data plot to add an example of this class; Shift+click removes the nearest example. The run starts over on the new data.</source>
        <translation>Ins Datendiagramm klicken, um ein Beispiel dieser Klasse hinzuzufügen; Umschalt+Klick entfernt das nächstgelegene Beispiel. Der Lauf beginnt auf den neuen Daten von vorn.</translation>
    </message>
    <message>
        <source>Ctrl+click adds class 1 (● blue)</source>
        <translation>Strg+Klick fügt Klasse 1 hinzu (● blau)</translation>
    </message>
    <message>
        <source>Ctrl+click adds class 0 (▲ orange)</source>
        <translation>Strg+Klick fügt Klasse 0 hinzu (▲ orange)</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netz</translation>
    </message>
    <message>
        <source>Hidden layer widths</source>
        <translation>Breiten der verdeckten Schichten</translation>
    </message>
    <message>
        <source>Widths of the hidden layers, e.g. 8,8 (1 to 12 layers of 1 to 32 units)</source>
        <translation>Breiten der verdeckten Schichten, z. B. 8,8 (1 bis 12 Schichten aus 1 bis 32 Neuronen)</translation>
    </message>
    <message>
        <source>+ layer</source>
        <translation>+ Schicht</translation>
    </message>
    <message>
        <source>Add layer</source>
        <translation>Schicht hinzufügen</translation>
    </message>
    <message>
        <source>Add a hidden layer as wide as the last</source>
        <translation>Eine verdeckte Schicht so breit wie die letzte hinzufügen</translation>
    </message>
    <message>
        <source>− layer</source>
        <translation>− Schicht</translation>
    </message>
    <message>
        <source>Remove layer</source>
        <translation>Schicht entfernen</translation>
    </message>
    <message>
        <source>Remove the last hidden layer</source>
        <translation>Die letzte verdeckte Schicht entfernen</translation>
    </message>
    <message>
        <source>widths</source>
        <translation>Breiten</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>Initialisation</source>
        <translation>Initialisierung</translation>
    </message>
    <message>
        <source>He normal N(0, gain/fan-in), He uniform (the same variance), or Xavier uniform U(±√(6/(fan-in + fan-out))). He&apos;s gain is 2 for ReLU, 2/(1 + a²) for Leaky and PReLU (a = α, or PReLU&apos;s initial 0.25), and 1/E[Mₖ²] for maxout of k pieces, Mₖ the largest of k standard normals: 1, 0.78, 0.64, 0.56 for k = 2 … 5 (He&apos;s 2 would make maxout layers grow).</source>
        <translation>He normal N(0, Gain/Fan-in), He gleichverteilt (dieselbe Varianz) oder Xavier gleichverteilt U(±√(6/(Fan-in + Fan-out))). Der He-Gain ist 2 für ReLU, 2/(1 + a²) für Leaky und PReLU (a = α, oder das anfängliche 0,25 der PReLU) und 1/E[Mₖ²] für Maxout aus k Stücken, Mₖ das größte von k standardnormalverteilten Werten: 1, 0,78, 0,64, 0,56 für k = 2 … 5 (Hes 2 würde Maxout-Schichten wachsen lassen).</translation>
    </message>
    <message>
        <source>He normal</source>
        <translation>He normal</translation>
    </message>
    <message>
        <source>He uniform</source>
        <translation>He gleichverteilt</translation>
    </message>
    <message>
        <source>Xavier</source>
        <translation>Xavier</translation>
    </message>
    <message>
        <source>init</source>
        <translation>Init.</translation>
    </message>
    <message>
        <source>Bias init</source>
        <translation>Bias-Initialisierung</translation>
    </message>
    <message>
        <source>bias init</source>
        <translation>Bias-Init.</translation>
    </message>
    <message>
        <source>Hidden activation</source>
        <translation>Aktivierung der verdeckten Schichten</translation>
    </message>
    <message>
        <source>ReLU, Leaky ReLU (slope α), PReLU (a learned slope per unit, starts at 0.25; PyTorch&apos;s nn.PReLU shares one slope per layer by default), Maxout (k pieces), or for comparison sigmoid and tanh. Switching between ReLU, Leaky, PReLU, sigmoid and tanh keeps the weights: dead units can come back. Switching to or from Maxout starts a new network.</source>
        <translation>ReLU, Leaky ReLU (Steigung α), PReLU (eine gelernte Steigung pro Neuron, beginnt bei 0,25; PyTorchs nn.PReLU teilt standardmäßig eine Steigung pro Schicht), Maxout (k Stücke) oder zum Vergleich Sigmoid und Tanh. Ein Wechsel zwischen ReLU, Leaky, PReLU, Sigmoid und Tanh behält die Gewichte: tote Neuronen können zurückkommen. Ein Wechsel zu oder von Maxout beginnt ein neues Netz.</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>max(0, z): flat for z &lt; 0</source>
        <translation>max(0, z): flach für z &lt; 0</translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <source>z for z &gt; 0, α·z otherwise</source>
        <translation>z für z &gt; 0, sonst α·z</translation>
    </message>
    <message>
        <source>PReLU</source>
        <translation>PReLU</translation>
    </message>
    <message>
        <source>Leaky ReLU whose slope α is learned, one per unit</source>
        <translation>Leaky ReLU, deren Steigung α gelernt wird, eine pro Neuron</translation>
    </message>
    <message>
        <source>Maxout</source>
        <translation>Maxout</translation>
    </message>
    <message>
        <source>The largest of k affine pieces, each with its own weights</source>
        <translation>Das größte von k affinen Stücken, jedes mit eigenen Gewichten</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation>Sigmoid</translation>
    </message>
    <message>
        <source>σ(z) = 1/(1+e⁻ᶻ): saturates on both sides, σ′ ≤ 1/4, so gradients vanish in deep nets. Never dead. Xavier is the initialisation derived for it.</source>
        <translation>σ(z) = 1/(1+e⁻ᶻ): sättigt auf beiden Seiten, σ′ ≤ 1/4, daher verschwinden Gradienten in tiefen Netzen. Nie tot. Xavier ist die für sie hergeleitete Initialisierung.</translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <source>tanh(z): saturates on both sides, tanh′ ≤ 1, so gradients shrink in deep nets. Never dead. Xavier is the initialisation derived for it.</source>
        <translation>tanh(z): sättigt auf beiden Seiten, tanh′ ≤ 1, daher schrumpfen Gradienten in tiefen Netzen. Nie tot. Xavier ist die für sie hergeleitete Initialisierung.</translation>
    </message>
    <message>
        <source>Leaky slope alpha</source>
        <translation>Leaky-Steigung Alpha</translation>
    </message>
    <message>
        <source>Leaky ReLU slope α for z &lt; 0, in [0, 1)</source>
        <translation>Steigung α der Leaky ReLU für z &lt; 0, in [0, 1)</translation>
    </message>
    <message>
        <source>Maxout pieces</source>
        <translation>Maxout-Stücke</translation>
    </message>
    <message>
        <source>Pieces per maxout unit, 2 to 5</source>
        <translation>Stücke pro Maxout-Neuron, 2 bis 5</translation>
    </message>
    <message>
        <source>Optimiser</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>SGD, SGD with momentum 0.9, or Adam</source>
        <translation>SGD, SGD mit Momentum 0,9 oder Adam</translation>
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
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Step size; can be changed while training runs. Too high kills ReLU units or makes the loss diverge</source>
        <translation>Schrittweite; lässt sich während des Trainings ändern. Zu hoch tötet ReLU-Neuronen oder lässt den Verlust divergieren</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>Examples per step</source>
        <translation>Beispiele pro Schritt</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>L2 weight decay</source>
        <translation>L2-Gewichtsabnahme</translation>
    </message>
    <message>
        <source>L2 penalty on the weights (not biases)</source>
        <translation>L2-Strafterm auf den Gewichten (nicht den Biases)</translation>
    </message>
    <message>
        <source>L2</source>
        <translation>L2</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Seed of the data, the initial weights and the batch order: same seed, same run</source>
        <translation>Seed der Daten, der Anfangsgewichte und der Batch-Reihenfolge: gleicher Seed, gleicher Lauf</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>Daten importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Every hidden bias starts here; a strongly negative value (e.g. −2) kills ReLU units on purpose</source>
        <translation>Jeder verdeckte Bias beginnt hier; ein stark negativer Wert (z. B. −2) tötet ReLU-Neuronen absichtlich</translation>
    </message>
</context>
<context>
    <name>relulab::gui::TrainingTab</name>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Training controls</source>
        <translation>Trainingssteuerung</translation>
    </message>
    <message>
        <source>Training status</source>
        <translation>Trainingsstatus</translation>
    </message>
    <message>
        <source>Step, losses, test accuracy, dead and starved units, whether the network has collapsed, and training speed</source>
        <translation>Schritt, Verluste, Testgenauigkeit, tote und ausgehungerte Neuronen, ob das Netz kollabiert ist, und Trainingsgeschwindigkeit</translation>
    </message>
    <message>
        <source>The examples (filled: training, hollow: test), the network&apos;s prediction and, hatched, where the selected unit is off (z ≤ 0).
Hover: probe the network at a point, and every view follows. Click: pin the probe; click again or Esc: release it; arrow keys move a pinned probe (Shift: finer).
Ctrl+click: add an example; Shift+click: remove the nearest.</source>
        <translation>Die Beispiele (gefüllt: Training, hohl: Test), die Vorhersage des Netzes und, schraffiert, wo das gewählte Neuron aus ist (z ≤ 0).
Überfahren: das Netz an einem Punkt messen, und jede Ansicht folgt. Klick: den Messpunkt festhalten; erneuter Klick oder Esc: ihn lösen; Pfeiltasten bewegen einen festgehaltenen Messpunkt (Umschalt: feiner).
Strg+Klick: ein Beispiel hinzufügen; Umschalt+Klick: das nächstgelegene entfernen.</translation>
    </message>
    <message>
        <source>Training and test loss, the share of dead hidden units and the number of linear regions in the input view&apos;s box, against the step (when comparing, the regions are the main run&apos;s). Hover a reference line to see what it means.</source>
        <translation>Trainings- und Testverlust, der Anteil toter verdeckter Neuronen und die Zahl der linearen Regionen im Kasten der Eingabeansicht, gegen den Schritt (beim Vergleichen sind die Regionen die des Hauptlaufs). Über eine Referenzlinie fahren, um zu sehen, was sie bedeutet.</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Play&lt;/b&gt; (Space) to train.</source>
        <translation>&lt;b&gt;Start&lt;/b&gt; (Leertaste) drücken, um zu trainieren.</translation>
    </message>
    <message>
        <source>Pre-activation histogram</source>
        <translation>Histogramm der Präaktivierung</translation>
    </message>
    <message>
        <source>How the selected unit&apos;s pre-activation z is spread over the training data; left of 0 (shaded) the ReLU is off</source>
        <translation>Wie sich die Präaktivierung z des gewählten Neurons über die Trainingsdaten verteilt; links von 0 (schattiert) ist die ReLU aus</translation>
    </message>
    <message>
        <source>Bars: how many training examples give each value of the selected unit&apos;s pre-activation z. The hatched area left of z = 0 is where a ReLU is off; a dead unit has every bar there.</source>
        <translation>Balken: wie viele Trainingsbeispiele jeden Wert der Präaktivierung z des gewählten Neurons ergeben. Die schraffierte Fläche links von z = 0 ist, wo eine ReLU aus ist; bei einem toten Neuron liegen alle Balken dort.</translation>
    </message>
    <message>
        <source>z of the selected unit</source>
        <translation>z des gewählten Neurons</translation>
    </message>
    <message>
        <source>examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>step &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Schritt &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>loss &lt;b&gt;%1&lt;/b&gt; (test %2)</source>
        <translation>Verlust &lt;b&gt;%1&lt;/b&gt; (Test %2)</translation>
    </message>
    <message>
        <source>test accuracy &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Testgenauigkeit &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>dead &lt;b&gt;%1 / %2&lt;/b&gt; (%3)</source>
        <translation>tot &lt;b&gt;%1 / %2&lt;/b&gt; (%3)</translation>
    </message>
    <message>
        <source>starved &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>ausgehungert &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>collapsed: the output is the same for every training input</source>
        <translation>kollabiert: die Ausgabe ist für jede Trainingseingabe dieselbe</translation>
    </message>
    <message>
        <source>%1 examples/s</source>
        <translation>%1 Beispiele/s</translation>
    </message>
    <message>
        <source>unit %1·%2</source>
        <translation>Neuron %1·%2</translation>
    </message>
    <message>
        <source>select a unit in the diagram</source>
        <translation>ein Neuron im Diagramm wählen</translation>
    </message>
    <message>
        <source>z of %1 on the training data</source>
        <translation>z von %1 auf den Trainingsdaten</translation>
    </message>
    <message>
        <source>Compare: %1</source>
        <translation>Vergleich: %1</translation>
    </message>
    <message>
        <source>This run: %1</source>
        <translation>Dieser Lauf: %1</translation>
    </message>
    <message>
        <source>ŷ = %1 → class %2</source>
        <translation>ŷ = %1 → Klasse %2</translation>
    </message>
    <message>
        <source> · region %1</source>
        <translation> · Region %1</translation>
    </message>
    <message>
        <source>unit %1·%2 at the probe</source>
        <translation>Neuron %1·%2 am Messpunkt</translation>
    </message>
    <message>
        <source>
In the run&apos;s history: %1</source>
        <translation>
Im Verlauf des Laufs: %1</translation>
    </message>
    <message>
        <source>showing kept step &lt;b&gt;%1&lt;/b&gt; of %2</source>
        <translation>gespeicherter Schritt &lt;b&gt;%1&lt;/b&gt; von %2 angezeigt</translation>
    </message>
</context>
<context>
    <name>relulab::session::ExplorerState</name>
    <message>
        <source>there is no maxout piece %1</source>
        <translation>es gibt kein Maxout-Stück %1</translation>
    </message>
    <message>
        <source>the number of samples must be between 2 and 1000000</source>
        <translation>die Zahl der Stützstellen muss zwischen 2 und 1000000 liegen</translation>
    </message>
</context>
<context>
    <name>relulab::session::TrainingSetupModel</name>
    <message>
        <source>the number of samples must be between %1 and %2</source>
        <translation>die Zahl der Beispiele muss zwischen %1 und %2 liegen</translation>
    </message>
    <message>
        <source>the noise must be a number in [0, 10]</source>
        <translation>das Rauschen muss eine Zahl in [0, 10] sein</translation>
    </message>
</context>
<context>
    <name>relulab::session::TrainingWorker</name>
    <message>
        <source>loss became %1 at step %2 — learning rate too high? Reset to start over.</source>
        <translation>der Verlust wurde %1 bei Schritt %2 — Lernrate zu hoch? Zurücksetzen, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>infinite</source>
        <translation>unendlich</translation>
    </message>
    <message>
        <source>a weight became NaN or infinite by step %1 — learning rate too high? Reset to start over.</source>
        <translation>ein Gewicht wurde bis Schritt %1 NaN oder unendlich — Lernrate zu hoch? Zurücksetzen, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>Shown: the network at step %1, its last finite state.</source>
        <translation>Gezeigt: das Netz bei Schritt %1, sein letzter endlicher Zustand.</translation>
    </message>
</context>
</TS>
