<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AnimationWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the animation was not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no frames to encode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareRun</name>
    <message>
        <source>ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaky ReLU α = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maxout k = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ControlPanel</name>
    <message>
        <source>Explorer controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ReLU  (solid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show ReLU(z) = max(0, z) and its derivative (blue, solid line, round markers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leaky ReLU  (dashed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Leaky ReLU(z) = max(αz, z) and its derivative (vermillion, dashed line, square markers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Leaky ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Maxout  (dash-dot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the maxout unit max_i(w_i z + b_i), its pieces and its derivative (bluish green, dash-dot line, diamond markers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Maxout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smooth cousins ▾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show smooth activations for contrast: no kink, the derivative never jumps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the smooth cousins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smooth cousins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Softplus  (dotted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Softplus(z) = log(1 + e^(βz)) / β: a smooth ReLU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Softplus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Softplus sharpness β (&gt; 0): the larger, the closer to ReLU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Softplus beta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ELU  (dash-dot-dot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ELU(z) = z for z &gt; 0, e^z − 1 otherwise (α = 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show ELU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GELU  (long dashes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GELU(z) = z · Φ(z), Φ the standard normal CDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show GELU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SiLU  (fine dots)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SiLU(z) = z · σ(z), also called swish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show SiLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sigmoid  (long dash-dot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>σ(z) = 1 / (1 + e^−z), what ReLU replaced: it saturates on both sides and σ′ ≤ 1/4 (at 0), so gradients vanish through many layers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Sigmoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanh  (very long dashes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tanh(z) = (e^z − e^−z) / (e^z + e^−z): saturates on both sides, tanh′ ≤ 1 (at 0), zero-centred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Tanh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaky slope α</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaky ReLU negative slope α. Fine steps near 0; the spin box takes any value in [−1, 1]. Also: drag the dashed curve left of 0 on the plot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaky slope alpha slider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaky ReLU negative slope α in [−1, 1] (PyTorch default 0.01, Keras 0.3, PReLU starts at 0.25).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaky slope alpha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input range z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left end of the z range. Also: drag empty plot space to pan, wheel to zoom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range low slider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left end of the z range (must be below hi).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right end of the z range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range high slider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right end of the z range (must be above lo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symmetric zoom: the half-width of the range around its centre, from 0.01 to 1000 (logarithmic).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom half-width slider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>±10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-width of the z range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom half-width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maxout pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maxout pieces slope·z + intercept. Double-click a number to edit it. State: active (part of the envelope), hidden (never the maximum) or duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maxout pieces table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a maxout piece (at most 8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add maxout piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected maxout piece (at least 1 stays).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove maxout piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the pieces by a preset: ReLU, Leaky ReLU with the current α, |z|, a 3- or 5-piece parabola, random pieces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maxout preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derivative at a kink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which value f′ takes at a kink. left: the left derivative (PyTorch/TensorFlow for ReLU and Leaky ReLU: 0 and α; for maxout the smallest tied slope, which no framework computes); right: the right-hand slope; mean: their average; first: PyTorch (relu, leaky_relu, and maxout as max over the piece dimension: the first maximal piece in table order).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kink convention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show subgradient set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a bar over the subgradient interval [left, right] at each kink.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExampleEditing</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExplorerSettings</name>
    <message>
        <source>the leaky slope α must be a number in [-1, 1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the range bounds must be finite numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the range needs lo &lt; hi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the range bounds must lie in [-1e6, 1e6]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the range must be at least 1e-6 wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maxout needs between 1 and 8 pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maxout slopes and intercepts must be finite numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of samples must be between 2 and 1000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the softplus β must be a number &gt; 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 curves can be pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pinned curve: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pinned curve&apos;s label is at most 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, α = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, k = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, β = %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExplorerText</name>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>∈ [%1, %2], kink: %3 convention takes %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No function is shown: tick one under Functions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunctionId</name>
    <message>
        <source>ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maxout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Softplus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ELU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GELU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SiLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GifEncoder</name>
    <message>
        <source>no frames to encode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>giflib could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>giflib failed to write the %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>giflib failed to finish the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryJson</name>
    <message>
        <source>must be base64 of little-endian doubles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number in (0, 1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be base64 of little-endian 32-bit indices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 16 hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: at most %1 entries, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: must be greater than the previous entry&apos;s (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: must not be past the network&apos;s step (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: is required on the first entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: expected %1 finite numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key (known: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of %1, got &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <source>a lesson file is at most 1 MB; this one is %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lesson is a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format: must be &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version: this ReLU Lab reads lesson version %1, the file has version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty (leave it out instead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: not a language code such as &quot;de&quot; or &quot;pt_BR&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mp4Encoder</name>
    <message>
        <source>the H.264 encoder refused a frame: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H.264 encoding failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write the MP4: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FFmpeg has no MP4 muxer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this FFmpeg has no H.264 encoder (libx264)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not open the H.264 encoder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not start the MP4: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the MP4 is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not convert the frame to YUV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not finish the MP4: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pinning</name>
    <message>
        <source>At most %1 curves can be pinned: unpin some first (Shift+P clears them all).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>pinned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z (pre-activation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The f(z) plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The f′(z) plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both explorer plots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole Explorer view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole Training view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss and dead-unit curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data and prediction (input space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough memory for a %1 × %2 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not encode the PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation functions and their derivatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not start the SVG painter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not start the PDF painter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 · loss %2 (test %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · test accuracy %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · dead %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · starved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · &lt;b&gt;collapsed&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · &lt;b&gt;diverged&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not grab the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>solid line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dashed line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dash-dot line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dotted line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dash-dot-dot line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>long-dashed line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fine dotted line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>long dash-dot line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very long-dashed line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunHistory</name>
    <message>
        <source>dead from step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between steps %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>died %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revived %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n earlier change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no such step in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training on from step %1 does not give the weights kept at step %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDocument</name>
    <message>
        <source>ReLU Lab sessions (*.relulab);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionFile</name>
    <message>
        <source>at most %1 numbers, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number in (0, 1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 entries, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 16 hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file must hold a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format: is required; this is not a ReLU Lab session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format: must be &quot;%1&quot;; this is not a ReLU Lab session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version: is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has %1 bytes, more than a session can have (at most %2 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than any session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network&apos;s weights are not finite numbers (the run diverged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version: this ReLU Lab reads version 1 to %1 sessions, the file is version %2 (saved by a newer ReLU Lab?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsUndo</name>
    <message>
        <source>change α to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change range to %1 … %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change maxout pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add maxout piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove maxout piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use the %1 convention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change shown functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hide %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show subgradient sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hide subgradient sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change samples to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change softplus β to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change pinned curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pin %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unpin %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change explorer settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maxout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change data set to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add an example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove an example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change noise to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change hidden layers to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change activation to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the network&apos;s α to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change pieces per unit to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change initialisation to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change bias init to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change optimiser to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change learning rate to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change batch to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change L2 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change seed to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change training setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>He normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>He uniform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xavier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StateJson</name>
    <message>
        <source>the softplus β must be a number &gt; 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at most 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: at most %2 examples, got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be [x1, x2, label] or [x, y]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must hold %2 numbers like the first row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a label must be 0 or 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a data set needs at least 4 examples, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must lie in [-1e6, 1e6]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 curves can be pinned, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number in [0, 10]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: 1 to %2 hidden layers, got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number in [0, 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number &gt; 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingSetup</name>
    <message>
        <source>unknown data set &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of samples must be between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the noise must be a number in [0, 10]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a data set needs at least 4 examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data&apos;s inputs and targets disagree in size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>example %1 of the data has a value that is not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a header such as &apos;x1,x2,label&apos; or &apos;x,y&apos;, got numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 2 numbers (x,y) or 3 (x1,x2,label), got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 numbers, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label must be 0 or 1, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>need at least 4 examples, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inputs must be 1 or 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classification needs 2 inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regression needs 1 input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden layers: 1 to 12 layers of 1 to 32 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alpha must be in [0, 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pieces must be 2 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bias init must be a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning rate must be &gt; 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch size must be &gt;= 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>l2 must be &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relulab::gui::AnimationDialog</name>
    <message>
        <source>Export animation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to animate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training view (or one of its parts) replayed from step 0 of this run&apos;s setup, or the explorer&apos;s figure while α or the range sweeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explorer, α sweeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explorer, range zooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frames show steps 0 … N of this run&apos;s setup, replayed: the same pictures as relulab train --steps N --animate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps 0 … N of this run&apos;s setup, replayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of the first frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of the last frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;weep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames in the animation, evenly spaced, both ends included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Frames:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames a second (a GIF rounds its delay to hundredths of a second)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> fps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size of every frame in pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom frame width in pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom frame height in pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIF: plays everywhere, loops; MP4 (H.264): small, for slides and browsers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MP4 (H.264)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the animation is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames drawn so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the frames and write the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the export (no file is written; an old one stays) or close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIF animation (*.gif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name must end in .%1 for this format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v / %m frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the export: no file is written, an old one stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first frame&apos;s step on this run&apos;s timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last frame&apos;s step on this run&apos;s timeline (past the newest step %1 the run is trained on, as Play would)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to — steps of this run (its timeline, live changes included), replayed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relulab::gui::AnimationJob</name>
    <message>
        <source>could not draw frame %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relulab::gui::BornDeadDialog</name>
    <message>
        <source>Born dead: deep and narrow ReLU nets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born-dead networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born-dead plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of freshly initialised ReLU networks that are collapsed, against the number of hidden layers, for widths 2 to 5: measured (markers) and Lu et al.&apos;s formula (dashed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden layers (depth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collapsed at initialisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>width %1, measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>width %1, 1 − (1 − 2⁻ᴺ)ᴸ⁻¹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> networks per point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks per point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many random initial networks are drawn for each point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Count again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the networks anew with this many per point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the born-dead panel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting… %1 of %2 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done: %1 networks per point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each point: the share of ReLU networks (He initialisation, zero biases) that are already a constant function on |x|, x in [−1, 1], before any training. The dashed curves are the probability of being dead at one input point, 1 − (1 − 2&lt;sup&gt;−N&lt;/sup&gt;)&lt;sup&gt;L−1&lt;/sup&gt; with N the width and L−1 the hidden layers (Lu, Shin, Su, Karniadakis, &lt;i&gt;Dying ReLU and Initialization&lt;/i&gt;, 2020); over a whole input range fewer nets are dead than at one point.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relulab::gui::CompareDialog</name>
    <message>
        <source>Compare with another activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second run trains beside this one on the same data with the same seed and settings; only the hidden activation differs. Both runs start over from step 0 and play, pause, step and reset together; their loss and dead units share one plot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second run&apos;s activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hidden activation of the second run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maxout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second run&apos;s leaky slope alpha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaky ReLU slope α for z &lt; 0, in [0, 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second run&apos;s maxout pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces per maxout unit, 2 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start comparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start both runs over from step 0, side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without changing the runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (solid) beside &lt;b&gt;%2&lt;/b&gt; (dashed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both start from the very same initial weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maxout has other weights: the second run draws its own initial weights from the same seed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relulab::gui::ControlPanel</name>
    <message>
        <source>ReLU: max(0, z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaky ReLU: max(αz, z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>|z| = max(−z, z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parabola z²/R, 3 pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parabola z²/R, 5 pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left derivative: PyTorch&apos;s and TensorFlow&apos;s ReLU′(0) = 0 and Leaky′(0) = α; for maxout the smallest tied slope, which no framework computes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right derivative: ReLU′(0) = 1, Leaky′(0) = 1, for maxout the largest tied slope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The average of the left and right derivatives: ReLU′(0) = ½.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first (PyTorch max(dim))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What PyTorch&apos;s relu, leaky_relu and max(dim) compute: relu′(0) = 0, leaky_relu′(0) = α, and maxout written as max over the piece dimension gives a tie to the first maximal piece in table order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: max(z, −0.5z, −5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relulab::gui::ExplorerPlot</name>
    <message>
        <source>Activation plots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag the Leaky ReLU&apos;s negative branch to set α; drag a maxout piece to move it, or its diamond handle to rotate it.
Drag empty space to pan, use the wheel to zoom, double-click to reset the view.
Keyboard: ← → move the cursor (it stops on every kink), ↑ ↓ change α, Enter picks a maxout piece instead; Shift for finer steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filled marker: f′ used at a kink (%1 convention)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open marker: limit not taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bar: subgradient set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z of %1 on the training data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z (pre-activation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f(z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f′(z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy values at z = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export figure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin visible curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all pins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>α</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maxout piece %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ ↓ %1 (Shift: finer) · ← → cursor · Enter: next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with α = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n piece(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No function is shown; %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper plot: %1, %2. Lower plot: their derivatives f′(z); at each kink a filled marker shows the value the %3 convention takes and an open marker the limit not taken. Arrow keys: Left and Right move the cursor, Up and Down change %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relulab::gui::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A single plot, or a whole view as it is on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A picture of the chosen size in pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vector drawing for the web and for editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vector drawing for print and LaTeX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers behind the plot: the curves, or the training log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width of the picture in pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height of the picture in pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-screen size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the size the plot or view has in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the on-screen proportions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the on-screen proportions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width and height change together, in the proportions of the plot or view in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution in DPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots per inch stored in the file: the size it prints at, not the number of pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the picture (or the CSV text) to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file name and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The curves and derivatives on the explorer&apos;s grid: x,relu,relu_grad,leaky_relu,leaky_relu_grad,maxout,maxout_grad, the same as relulab export --csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training run&apos;s log, one row per point of its curves: step,loss,test_loss,accuracy,dead_units,dead_fraction, the same as relulab train --log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A whole view is drawn as on screen: plots inside it are embedded as pictures. Export a single plot for vector lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn as in the window, scaled to the chosen size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prints %1 × %2 cm (%3 × %4 in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this view has no data to save as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 file (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relulab::gui::InputSpaceView</name>
    <message>
        <source>Input space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training data (class 1: filled circles, class 0: filled triangles, test examples hollow) over the network&apos;s prediction, with the selected unit&apos;s off-region (z ≤ 0) hatched. The point probe follows the mouse: every view shows the network at that point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prediction p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linear regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit off (z ≤ 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boundary p = 0.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prediction ŷ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class 0, train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class 0, test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class 1, train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class 1, test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kink of a layer-1 unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data and prediction —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>click a unit to see where it is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maxout unit %1 is never off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sigmoid unit %1 has no off region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tanh unit %1 has no off region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data, prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and where unit %1 is off (z ≤ 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and where unit %1 is on its leaky side (z ≤ 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— dead: off on every training example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— starved: no gradient reaches it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linear regions — waiting for the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No linear regions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sigmoid and tanh are not piecewise linear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weights are not finite (the run diverged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 linear regions in the view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many to draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linear regions — computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linear regions: %1 intervals,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linear regions: %1,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neighbours in different colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— bold: where unit %1·%2 bends the regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— click a unit to see its bent line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relulab::gui::LayerSizesPlot</name>
    <message>
        <source>Gradient and activation size per layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per layer, over the whole training set at the current step: the root mean square of the gradient of the mean loss with respect to the layer&apos;s weights (solid line, circles) and of the hidden layer&apos;s activations f(z) (dashed line, squares), on a log scale. Shrinking gradients towards layer 1 are vanishing gradients; shrinking activations with depth show an init without He&apos;s factor 2. Triangles at the bottom: exactly 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer (out = output layer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMS of ∂loss/∂w and of f(z) (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gradient RMS, ∂loss/∂w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activation RMS, f(z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gradient exactly 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activations exactly 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMS (log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient RMS per weight layer, layer 1 to the output layer: %1. Activation RMS per hidden layer: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relulab::gui::LessonPanel</name>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current lesson&apos;s explanation, with buttons to step through the lessons (Page Up and Page Down).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which lesson this is, of how many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this lesson shows and what to try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher’s &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the longer explanation for the teacher under the lesson text (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher&apos;s note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longer explanation behind this lesson, for the teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the previous lesson (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next lesson (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the lesson panel; the current settings stay (Ctrl+Alt+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relulab::gui::MainWindow</name>
    <message>
        <source>ReLU Lab main window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore ReLU, Leaky ReLU and Maxout and their derivatives, and train a small network to watch ReLU units die. F1 lists the keyboard shortcuts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReLU, Leaky ReLU and Maxout and their derivatives (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train a small network and watch units die (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values at the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value and derivative of each shown function at the cursor&apos;s z. At a kink: the subgradient set and the value the convention takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formulas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The definitions of the shown functions with their current numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparison run cannot start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the mouse over the plots, or focus them and use ← →, to read values; at z = 0 you see the kink.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pinned %n curve(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The visible curves are pinned already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the values at z = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the animation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export training log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some lessons could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start the lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the first lesson, or the current one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next lesson (also → while a lesson is shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the previous lesson (also ← while a lesson is shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave the lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the lesson panel; the settings stay as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the lesson “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson&apos;s training setup was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less&amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over with the default settings and a new training run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a saved .relulab session: settings, training setup and trained network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the settings, the training setup and the trained network at its step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save session &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the session to a new .relulab file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;figure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save any plot or a whole view as PNG, SVG or PDF, or its data as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the curves on a uniform grid as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export ani&amp;mation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the training (replayed from step 0) or the explorer while α or the range sweeps as an animated GIF or an MP4 video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export training &amp;log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the training run&apos;s loss and dead units per recorded step as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close ReLU Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change of a setting (a whole drag at once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo the change last undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy values at cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy z, f(z) and f′(z) of the shown functions at the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy plot &amp;image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the plots in front (explorer plots, or the training curves) as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Increase α</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaky slope α + 0.01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrease α</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaky slope α − 0.01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;subgradient set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars over [left, right] at each kink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrow the z range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Widen the z range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pin visible curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze the visible curves with their current parameters as ghosts to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear pins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every pinned curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xplorer tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Training tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the training run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect when ReLU Lab starts again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system&apos;s language (now: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1 from the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes when ReLU Lab starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Convention at kinks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the left derivative: PyTorch&apos;s and TensorFlow&apos;s ReLU′(0) = 0 and Leaky′(0) = α; for maxout the smallest tied slope, which no framework computes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the right derivative: ReLU′(0) = 1, the largest tied slope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the mean of the left and right derivatives: ReLU′(0) = ½</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First (PyTorch relu, max(dim))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use what PyTorch&apos;s relu, leaky_relu and max(dim) compute: 0 and α as left; maxout as max over the piece dimension gives a tie to the first maximal piece (torch.amax would split it evenly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Play / Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or pause training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train one mini-batch step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the run over with the same seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linear re&amp;gions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the network&apos;s exact linear regions in the data plot: each region (one on/off pattern of the hidden units) its own colour, the selected unit&apos;s bent line bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train on your own CSV examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train a second run beside this one, same data and seed, another activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top comparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the second run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Born-dead networks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many deep, narrow ReLU nets are dead at initialisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every shortcut, menu by menu (F1 or ?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ReLU Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version and purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ReLU Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;ReLU Lab&lt;/b&gt; %1&lt;br&gt;Explore ReLU, Leaky ReLU and Maxout, their derivatives and kinks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make all text larger, plots included (Ctrl+= or Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make all text smaller, plots included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the normal text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black on white, thicker lines and a stronger focus ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen with large text and thick lines for a projector; F5 or Esc leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;eave presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the normal window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the control panels of both tabs; presentation mode folds them away to give the plots the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to z from −10 to 10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relulab::gui::MaxoutPiecesModel</name>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Piece %1 = %2 is the maximum on part of the z axis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Piece %1 = %2 is never the maximum: it does not shape the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Piece %1 = %2 repeats an earlier piece.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intercept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Piece %1: not a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relulab::gui::NetworkDiagram</name>
    <message>
        <source>Network diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — collapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1, unit %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: never off — sigmoid and tanh pass gradient on every example (z &gt; 0 on %2 of the training examples)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: dead — z ≤ 0 on every training example (active on %2 of them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: inactive — z ≤ 0 on every training example, but it still passes gradient and can recover (active on %2 of them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: starved — its own kink would pass gradient (active on %2 of the training examples), but none reaches its incoming weights: every path to the output is blocked by a dead layer or zero weights, or its inputs are all 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: active — z &gt; 0 on %2 of the training examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
At the probed point: z = %1, on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
At the probed point: z = %1, off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network yet. Press Play to train.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hidden layers, %2 units: %3 dead, %4 starved, %5 inactive but alive (counting the starved ones that are off on all data), %6 active on some data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Collapsed: a hidden layer is the same on every training example, so the output no longer depends on x.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Sigmoid and tanh have no off region: no unit can be dead or inactive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Selected: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dead (its kink blocks every example)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dotted, ⊘: starved (no gradient reaches it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dashed: inactive (z ≤ 0 on all data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hatched: where the unit is off (z ≤ 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grey: z ≤ 0 (sigmoid and tanh are never off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on: z &gt; 0, darker = larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w &gt; 0 / w &lt; 0, width ∝ |w|</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Play to train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dead %1 / %2 (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, starved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relulab::gui::PinsPanel</name>
    <message>
        <source>Pinned curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None. Pin the visible curves (P), then change α or the pieces to compare with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin visible curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze every visible curve with its current parameters as a ghost to compare with (P); at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear pins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every pinned curve (Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relulab::gui::ProbePanel</name>
    <message>
        <source>Calculation at the probed point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected unit&apos;s sum at the probed point: inputs × weights + bias = z, then f(z) and f′(z). Hover the data plot to probe a point, click to pin it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Probe&lt;/b&gt;: hover the data plot to see the network at a point; click to pin it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Probe&lt;/b&gt;: no network yet.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pinned: click or Esc releases, arrows move it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>click to pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ŷ = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ŷ = p(class 1) = %1 → class %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer %1 %2 (%3 on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ŷ = %1 → class %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Linear region %1 of %2&lt;/b&gt;: pattern %3&lt;br&gt;on it the network is affine: %4 = %5&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ŷ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a unit in the diagram to see its sum here.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Unit %1·%2&lt;/b&gt; (layer %1, unit %2), %3:&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>× weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>× w&lt;sub&gt;%1&lt;/sub&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (piece %1 wins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;z = 0 exactly: the kink. f′(0) = %1 is the %2 convention&apos;s value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;On: z &gt; 0, the unit passes its input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Off: z ≤ 0, the unit passes %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its slope × z</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relulab::gui::SessionDocument</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from Open Recent (no longer there): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — ReLU Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (without the diverged network: the run starts at step 0 when opened)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to %1 first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not opened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Nothing in the open session was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not saved:
%2

The file on disk was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists; it was removed from Open Recent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the recently opened and saved sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last session could not be restored (%1): %2. Started a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relulab::gui::ShortcutSheet</name>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the plot, when it has focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>←</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the cursor along z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It stops on every kink; the readout names the subgradient there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change α or the chosen maxout piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>α by 0.01, a piece&apos;s intercept by 0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what ↑ ↓ change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>α, then each maxout piece in turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift + arrows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finer steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tenth of the normal step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next or previous control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The focused control has a ring round it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a slider or spin box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With Shift: a tenth of the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> on the diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a unit of the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home selects none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every keyboard shortcut of ReLU Lab, grouped by menu, then the keys of the plot and of the controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every keyboard shortcut, grouped by menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the shortcut list (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relulab::gui::TimelineBar</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the newest step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the run&apos;s newest step again (End). Play also goes on from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue from here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue from the step shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the history after the step shown and train on from it, exactly as a run that had stopped there would</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1·%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 never died</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue from step %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train on from step %1 and discard the history after it (steps %2 to %3)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue from step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run goes on exactly as a run that had stopped at step %1 would: same weights, optimizer state and batch order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 · %2 kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which step every view shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected unit&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the selected unit died and revived in the run&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relulab::gui::TimelineTrack</name>
    <message>
        <source>Training timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run&apos;s history: drag or click to show a kept step in every view; ←/→ one kept step, PgUp/PgDn a tenth of the run, Home the start, End or Esc the newest step. ▼ a unit died, ▲ it revived.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relulab::gui::TrainingCurves</name>
    <message>
        <source>Training curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss over training steps (train: solid line, test: dashed line) on the left axis and the share of dead hidden units (thick grey step line) on the right axis. When two runs are compared: each run&apos;s train loss (thin) and dead share (thick step line), the main run solid blue, the second run dashed vermillion; the legend names each run with its dead units. On the outer right axis, the number of linear regions of the main run&apos;s network in the input view&apos;s box (dash-dot line; triangles where the count stopped at its limit), with a thin line for the most a one-hidden-layer net can have or a dotted line for the scale of a deeper one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dead units (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linear regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dead (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 / %3 dead (%4%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dead units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥: more regions than the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linear regions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max %1 = N + 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 intervals: each of the N = %2 hidden units bends the output at most once along x, and %2 kinks cut the line into at most N + 1 = %1 intervals. Inside the view&apos;s range there can only be fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max %1 (Zaslavsky)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~ units = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~ (units)² = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 regions: the N = %2 hidden units are %2 lines in the plane, and %2 lines in general position cut it into 1 + N + N(N−1)/2 = %1 regions (Zaslavsky 1975). Inside the view&apos;s box there can only be fewer: 1 + (lines crossing the box) + (crossings inside it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scale, not an exact limit: for a 1-D input, the average number of linear pieces of a ReLU network at initialisation is bounded by about (number of hidden units)¹ = %1, independent of depth, and stays near that in training (Hanin &amp; Rolnick 2019, “Deep ReLU Networks Have Surprisingly Few Activation Patterns”). The most a deep net can have grows exponentially with depth (Montúfar et al. 2014).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scale, not an exact limit: for a 2-D input, the average number of regions of a ReLU network at initialisation is bounded by about (number of hidden units)² = %1 × %1 = %2, independent of depth, and stays near that in training (Hanin &amp; Rolnick 2019, “Deep ReLU Networks Have Surprisingly Few Activation Patterns”). The most a deep net can have grows exponentially with depth (Montúfar et al. 2014).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dead, layer %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relulab::gui::TrainingPanel</name>
    <message>
        <source>Training controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or pause training (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train one mini-batch step (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over from step 0 with the same seed: the identical run (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps per second, from 1 to 10,000; far right: as fast as possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training speed value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 steps/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The toy data set: 2-D classification (circle, xor, ...), class by a curve (above-sine, above-cubic, above-abs) or 1-D regression (abs, sine, step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise added to the examples, in the data&apos;s units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of examples; 20% are held out for testing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train on your own examples: rows x1,x2,label or x,y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class a click adds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the data plot to add an example of this class; Shift+click removes the nearest example. The run starts over on the new data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+click adds class 1 (● blue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+click adds class 0 (▲ orange)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden layer widths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Widths of the hidden layers, e.g. 8,8 (1 to 12 layers of 1 to 32 units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a hidden layer as wide as the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>− layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the last hidden layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>widths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initialisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>He normal N(0, gain/fan-in), He uniform (the same variance), or Xavier uniform U(±√(6/(fan-in + fan-out))). He&apos;s gain is 2 for ReLU, 2/(1 + a²) for Leaky and PReLU (a = α, or PReLU&apos;s initial 0.25), and 1/E[Mₖ²] for maxout of k pieces, Mₖ the largest of k standard normals: 1, 0.78, 0.64, 0.56 for k = 2 … 5 (He&apos;s 2 would make maxout layers grow).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>He normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>He uniform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xavier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bias init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bias init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReLU, Leaky ReLU (slope α), PReLU (a learned slope per unit, starts at 0.25; PyTorch&apos;s nn.PReLU shares one slope per layer by default), Maxout (k pieces), or for comparison sigmoid and tanh. Switching between ReLU, Leaky, PReLU, sigmoid and tanh keeps the weights: dead units can come back. Switching to or from Maxout starts a new network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max(0, z): flat for z &lt; 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z for z &gt; 0, α·z otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaky ReLU whose slope α is learned, one per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maxout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest of k affine pieces, each with its own weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>σ(z) = 1/(1+e⁻ᶻ): saturates on both sides, σ′ ≤ 1/4, so gradients vanish in deep nets. Never dead. Xavier is the initialisation derived for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tanh(z): saturates on both sides, tanh′ ≤ 1, so gradients shrink in deep nets. Never dead. Xavier is the initialisation derived for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaky slope alpha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaky ReLU slope α for z &lt; 0, in [0, 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maxout pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces per maxout unit, 2 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGD, SGD with momentum 0.9, or Adam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optimiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step size; can be changed while training runs. Too high kills ReLU units or makes the loss diverge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2 weight decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2 penalty on the weights (not biases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the data, the initial weights and the batch order: same seed, same run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every hidden bias starts here; a strongly negative value (e.g. −2) kills ReLU units on purpose</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relulab::gui::TrainingTab</name>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step, losses, test accuracy, dead and starved units, whether the network has collapsed, and training speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The examples (filled: training, hollow: test), the network&apos;s prediction and, hatched, where the selected unit is off (z ≤ 0).
Hover: probe the network at a point, and every view follows. Click: pin the probe; click again or Esc: release it; arrow keys move a pinned probe (Shift: finer).
Ctrl+click: add an example; Shift+click: remove the nearest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training and test loss, the share of dead hidden units and the number of linear regions in the input view&apos;s box, against the step (when comparing, the regions are the main run&apos;s). Hover a reference line to see what it means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Play&lt;/b&gt; (Space) to train.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-activation histogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the selected unit&apos;s pre-activation z is spread over the training data; left of 0 (shaded) the ReLU is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars: how many training examples give each value of the selected unit&apos;s pre-activation z. The hatched area left of z = 0 is where a ReLU is off; a dead unit has every bar there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z of the selected unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss &lt;b&gt;%1&lt;/b&gt; (test %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test accuracy &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dead &lt;b&gt;%1 / %2&lt;/b&gt; (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starved &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collapsed: the output is the same for every training input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 examples/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1·%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>select a unit in the diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z of %1 on the training data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ŷ = %1 → class %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · region %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1·%2 at the probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
In the run&apos;s history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>showing kept step &lt;b&gt;%1&lt;/b&gt; of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relulab::session::ExplorerState</name>
    <message>
        <source>there is no maxout piece %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of samples must be between 2 and 1000000</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relulab::session::TrainingSetupModel</name>
    <message>
        <source>the number of samples must be between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the noise must be a number in [0, 10]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relulab::session::TrainingWorker</name>
    <message>
        <source>loss became %1 at step %2 — learning rate too high? Reset to start over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>infinite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a weight became NaN or infinite by step %1 — learning rate too high? Reset to start over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown: the network at step %1, its last finite state.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
