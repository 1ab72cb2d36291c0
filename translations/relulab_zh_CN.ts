<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnimationWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>an empty frame</source>
        <translation>空帧</translation>
    </message>
    <message>
        <source>the animation was not started</source>
        <translation>动画尚未开始</translation>
    </message>
    <message>
        <source>no frames to encode</source>
        <translation>没有可编码的帧</translation>
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
        <translation>探索器控件</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>函数</translation>
    </message>
    <message>
        <source>&amp;ReLU  (solid)</source>
        <translation>&amp;ReLU  (实线)</translation>
    </message>
    <message>
        <source>Show ReLU(z) = max(0, z) and its derivative (blue, solid line, round markers).</source>
        <translation>显示 ReLU(z) = max(0, z) 及其导数（蓝色，实线，圆形标记）。</translation>
    </message>
    <message>
        <source>Show ReLU</source>
        <translation>显示 ReLU</translation>
    </message>
    <message>
        <source>&amp;Leaky ReLU  (dashed)</source>
        <translation>&amp;Leaky ReLU  (虚线)</translation>
    </message>
    <message>
        <source>Show Leaky ReLU(z) = max(αz, z) and its derivative (vermillion, dashed line, square markers).</source>
        <translation>显示 Leaky ReLU(z) = max(αz, z) 及其导数（朱红色，虚线，方形标记）。</translation>
    </message>
    <message>
        <source>Show Leaky ReLU</source>
        <translation>显示 Leaky ReLU</translation>
    </message>
    <message>
        <source>&amp;Maxout  (dash-dot)</source>
        <translation>&amp;Maxout  (点划线)</translation>
    </message>
    <message>
        <source>Show the maxout unit max_i(w_i z + b_i), its pieces and its derivative (bluish green, dash-dot line, diamond markers).</source>
        <translation>显示 Maxout 神经元 max_i(w_i z + b_i)、它的各分段及其导数（蓝绿色，点划线，菱形标记）。</translation>
    </message>
    <message>
        <source>Show Maxout</source>
        <translation>显示 Maxout</translation>
    </message>
    <message>
        <source>Smooth cousins ▾</source>
        <translation>平滑函数 ▾</translation>
    </message>
    <message>
        <source>Show smooth activations for contrast: no kink, the derivative never jumps.</source>
        <translation>显示平滑激活函数作对比：没有折点，导数从不跳变。</translation>
    </message>
    <message>
        <source>Show the smooth cousins</source>
        <translation>显示平滑激活函数</translation>
    </message>
    <message>
        <source>Smooth cousins</source>
        <translation>平滑激活函数</translation>
    </message>
    <message>
        <source>Softplus  (dotted)</source>
        <translation>Softplus  (点线)</translation>
    </message>
    <message>
        <source>Softplus(z) = log(1 + e^(βz)) / β: a smooth ReLU.</source>
        <translation>Softplus(z) = log(1 + e^(βz)) / β：平滑的 ReLU。</translation>
    </message>
    <message>
        <source>Show Softplus</source>
        <translation>显示 Softplus</translation>
    </message>
    <message>
        <source>Softplus sharpness β (&gt; 0): the larger, the closer to ReLU.</source>
        <translation>Softplus 锐度 β（&gt; 0）：越大越接近 ReLU。</translation>
    </message>
    <message>
        <source>Softplus beta</source>
        <translation>Softplus beta</translation>
    </message>
    <message>
        <source>ELU  (dash-dot-dot)</source>
        <translation>ELU  (双点划线)</translation>
    </message>
    <message>
        <source>ELU(z) = z for z &gt; 0, e^z − 1 otherwise (α = 1).</source>
        <translation>ELU(z) = z（z &gt; 0 时），否则为 e^z − 1（α = 1）。</translation>
    </message>
    <message>
        <source>Show ELU</source>
        <translation>显示 ELU</translation>
    </message>
    <message>
        <source>GELU  (long dashes)</source>
        <translation>GELU  (长虚线)</translation>
    </message>
    <message>
        <source>GELU(z) = z · Φ(z), Φ the standard normal CDF.</source>
        <translation>GELU(z) = z · Φ(z)，Φ 为标准正态分布的累积分布函数。</translation>
    </message>
    <message>
        <source>Show GELU</source>
        <translation>显示 GELU</translation>
    </message>
    <message>
        <source>SiLU  (fine dots)</source>
        <translation>SiLU  (细点线)</translation>
    </message>
    <message>
        <source>SiLU(z) = z · σ(z), also called swish.</source>
        <translation>SiLU(z) = z · σ(z)，又称 Swish。</translation>
    </message>
    <message>
        <source>Show SiLU</source>
        <translation>显示 SiLU</translation>
    </message>
    <message>
        <source>Sigmoid  (long dash-dot)</source>
        <translation>Sigmoid  (长点划线)</translation>
    </message>
    <message>
        <source>σ(z) = 1 / (1 + e^−z), what ReLU replaced: it saturates on both sides and σ′ ≤ 1/4 (at 0), so gradients vanish through many layers.</source>
        <translation>σ(z) = 1 / (1 + e^−z)，被 ReLU 取代的函数：它在两侧饱和，且 σ′ ≤ 1/4（在 0 处），因此梯度经过多层后消失。</translation>
    </message>
    <message>
        <source>Show Sigmoid</source>
        <translation>显示 Sigmoid</translation>
    </message>
    <message>
        <source>Tanh  (very long dashes)</source>
        <translation>Tanh  (超长虚线)</translation>
    </message>
    <message>
        <source>tanh(z) = (e^z − e^−z) / (e^z + e^−z): saturates on both sides, tanh′ ≤ 1 (at 0), zero-centred.</source>
        <translation>tanh(z) = (e^z − e^−z) / (e^z + e^−z)：两侧饱和，tanh′ ≤ 1（在 0 处），以零为中心。</translation>
    </message>
    <message>
        <source>Show Tanh</source>
        <translation>显示 Tanh</translation>
    </message>
    <message>
        <source>Leaky slope α</source>
        <translation>Leaky 斜率 α</translation>
    </message>
    <message>
        <source>Leaky ReLU negative slope α. Fine steps near 0; the spin box takes any value in [−1, 1]. Also: drag the dashed curve left of 0 on the plot.</source>
        <translation>Leaky ReLU 的负斜率 α。0 附近步长更细；数值框可输入 [−1, 1] 内任意值。也可以：在图上拖动 0 左侧的虚线。</translation>
    </message>
    <message>
        <source>Leaky slope alpha slider</source>
        <translation>Leaky 斜率 alpha 滑块</translation>
    </message>
    <message>
        <source>Leaky ReLU negative slope α in [−1, 1] (PyTorch default 0.01, Keras 0.3, PReLU starts at 0.25).</source>
        <translation>Leaky ReLU 的负斜率 α，范围 [−1, 1]（PyTorch 默认 0.01，Keras 0.3，PReLU 初始为 0.25）。</translation>
    </message>
    <message>
        <source>Leaky slope alpha</source>
        <translation>Leaky 斜率 alpha</translation>
    </message>
    <message>
        <source>Input range z</source>
        <translation>输入范围 z</translation>
    </message>
    <message>
        <source>lo</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>Left end of the z range. Also: drag empty plot space to pan, wheel to zoom.</source>
        <translation>z 范围的左端。也可以：拖动图中空白处平移，滚轮缩放。</translation>
    </message>
    <message>
        <source>Range low slider</source>
        <translation>范围下限滑块</translation>
    </message>
    <message>
        <source>Left end of the z range (must be below hi).</source>
        <translation>z 范围的左端（须小于上限）。</translation>
    </message>
    <message>
        <source>Range low</source>
        <translation>范围下限</translation>
    </message>
    <message>
        <source>hi</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Right end of the z range.</source>
        <translation>z 范围的右端。</translation>
    </message>
    <message>
        <source>Range high slider</source>
        <translation>范围上限滑块</translation>
    </message>
    <message>
        <source>Right end of the z range (must be above lo).</source>
        <translation>z 范围的右端（须大于下限）。</translation>
    </message>
    <message>
        <source>Range high</source>
        <translation>范围上限</translation>
    </message>
    <message>
        <source>zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>Symmetric zoom: the half-width of the range around its centre, from 0.01 to 1000 (logarithmic).</source>
        <translation>对称缩放：范围围绕中心的半宽，从 0.01 到 1000（对数刻度）。</translation>
    </message>
    <message>
        <source>Zoom half-width slider</source>
        <translation>缩放半宽滑块</translation>
    </message>
    <message>
        <source>±10</source>
        <translation>±10</translation>
    </message>
    <message>
        <source>Half-width of the z range.</source>
        <translation>z 范围的半宽。</translation>
    </message>
    <message>
        <source>Zoom half-width</source>
        <translation>缩放半宽</translation>
    </message>
    <message>
        <source>Maxout pieces</source>
        <translation>Maxout 分段</translation>
    </message>
    <message>
        <source>The maxout pieces slope·z + intercept. Double-click a number to edit it. State: active (part of the envelope), hidden (never the maximum) or duplicate.</source>
        <translation>Maxout 分段：斜率·z + 截距。双击数字可编辑。状态：活跃（属于包络）、隐藏（从不是最大值）或重复。</translation>
    </message>
    <message>
        <source>Maxout pieces table</source>
        <translation>Maxout 分段表</translation>
    </message>
    <message>
        <source>Add piece</source>
        <translation>添加分段</translation>
    </message>
    <message>
        <source>Add a maxout piece (at most 8).</source>
        <translation>添加一个 Maxout 分段（最多 8 个）。</translation>
    </message>
    <message>
        <source>Add maxout piece</source>
        <translation>添加 Maxout 分段</translation>
    </message>
    <message>
        <source>Remove piece</source>
        <translation>删除分段</translation>
    </message>
    <message>
        <source>Remove the selected maxout piece (at least 1 stays).</source>
        <translation>删除选中的 Maxout 分段（至少保留 1 个）。</translation>
    </message>
    <message>
        <source>Remove maxout piece</source>
        <translation>删除 Maxout 分段</translation>
    </message>
    <message>
        <source>Replace the pieces by a preset: ReLU, Leaky ReLU with the current α, |z|, a 3- or 5-piece parabola, random pieces.</source>
        <translation>用预设替换各分段：ReLU、使用当前 α 的 Leaky ReLU、|z|、3 段或 5 段抛物线、随机分段。</translation>
    </message>
    <message>
        <source>Maxout preset</source>
        <translation>Maxout 预设</translation>
    </message>
    <message>
        <source>Derivative at a kink</source>
        <translation>折点处的导数</translation>
    </message>
    <message>
        <source>Convention</source>
        <translation>约定</translation>
    </message>
    <message>
        <source>Which value f′ takes at a kink. left: the left derivative (PyTorch/TensorFlow for ReLU and Leaky ReLU: 0 and α; for maxout the smallest tied slope, which no framework computes); right: the right-hand slope; mean: their average; first: PyTorch (relu, leaky_relu, and maxout as max over the piece dimension: the first maximal piece in table order).</source>
        <translation>f′ 在折点处取哪个值。左：左导数（PyTorch/TensorFlow 对 ReLU 和 Leaky ReLU 取 0 和 α；对 Maxout 取并列分段中最小的斜率，没有框架这样计算）；右：右侧斜率；平均：二者的平均值；首个：PyTorch（relu、leaky_relu，以及写成沿分段维度取 max 的 Maxout：按表格顺序第一个取最大值的分段）。</translation>
    </message>
    <message>
        <source>Kink convention</source>
        <translation>折点约定</translation>
    </message>
    <message>
        <source>Show subgradient set</source>
        <translation>显示次梯度集合</translation>
    </message>
    <message>
        <source>Draw a bar over the subgradient interval [left, right] at each kink.</source>
        <translation>在每个折点处画出次梯度区间 [左, 右] 的竖条。</translation>
    </message>
</context>
<context>
    <name>ExampleEditing</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ExplorerSettings</name>
    <message>
        <source>the leaky slope α must be a number in [-1, 1]</source>
        <translation>Leaky 斜率 α 必须是 [-1, 1] 内的数</translation>
    </message>
    <message>
        <source>the range bounds must be finite numbers</source>
        <translation>范围边界必须是有限数</translation>
    </message>
    <message>
        <source>the range needs lo &lt; hi</source>
        <translation>范围需满足 下限 &lt; 上限</translation>
    </message>
    <message>
        <source>the range bounds must lie in [-1e6, 1e6]</source>
        <translation>范围边界必须在 [-1e6, 1e6] 内</translation>
    </message>
    <message>
        <source>the range must be at least 1e-6 wide</source>
        <translation>范围宽度至少为 1e-6</translation>
    </message>
    <message>
        <source>maxout needs between 1 and 8 pieces</source>
        <translation>Maxout 需要 1 到 8 个分段</translation>
    </message>
    <message>
        <source>maxout slopes and intercepts must be finite numbers</source>
        <translation>Maxout 的斜率和截距必须是有限数</translation>
    </message>
    <message>
        <source>the number of samples must be between 2 and 1000000</source>
        <translation>采样点数必须在 2 到 1000000 之间</translation>
    </message>
    <message>
        <source>the softplus β must be a number &gt; 0</source>
        <translation>Softplus 的 β 必须是 &gt; 0 的数</translation>
    </message>
    <message>
        <source>at most %1 curves can be pinned</source>
        <translation>最多可固定 %1 条曲线</translation>
    </message>
    <message>
        <source>pinned curve: %1</source>
        <translation>固定的曲线：%1</translation>
    </message>
    <message>
        <source>a pinned curve&apos;s label is at most 200 characters</source>
        <translation>固定曲线的标签最多 200 个字符</translation>
    </message>
    <message>
        <source>%1, α = %2</source>
        <translation>%1，α = %2</translation>
    </message>
    <message>
        <source>%1, k = %2</source>
        <translation>%1，k = %2</translation>
    </message>
    <message>
        <source>%1, β = %2</source>
        <translation>%1，β = %2</translation>
    </message>
</context>
<context>
    <name>ExplorerText</name>
    <message>
        <source>left</source>
        <translation>左</translation>
    </message>
    <message>
        <source>right</source>
        <translation>右</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>first</source>
        <translation>首个</translation>
    </message>
    <message>
        <source>∈ [%1, %2], kink: %3 convention takes %4</source>
        <translation>∈ [%1, %2]，折点：按%3约定取 %4</translation>
    </message>
    <message>
        <source>No function is shown: tick one under Functions.</source>
        <translation>未显示任何函数：请在“函数”下勾选一个。</translation>
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
        <translation>没有可编码的帧</translation>
    </message>
    <message>
        <source>giflib could not start: %1</source>
        <translation>giflib 无法启动：%1</translation>
    </message>
    <message>
        <source>giflib failed to write the %1: %2</source>
        <translation>giflib 写入 %1 失败：%2</translation>
    </message>
    <message>
        <source>giflib failed to finish the file: %1</source>
        <translation>giflib 无法完成文件：%1</translation>
    </message>
</context>
<context>
    <name>HistoryJson</name>
    <message>
        <source>must be base64 of little-endian doubles</source>
        <translation>必须是小端序 double 的 Base64 编码</translation>
    </message>
    <message>
        <source>must be base64 of little-endian 32-bit indices</source>
        <translation>必须是小端序 32 位索引的 Base64 编码</translation>
    </message>
    <message>
        <source>: at most %1 entries, got %2</source>
        <translation>：最多 %1 个条目，实际为 %2</translation>
    </message>
    <message>
        <source>: must be greater than the previous entry&apos;s (%1)</source>
        <translation>：必须大于上一条目的值（%1）</translation>
    </message>
    <message>
        <source>: must not be past the network&apos;s step (%1)</source>
        <translation>：不得超过网络当前的步（%1）</translation>
    </message>
    <message>
        <source>: is required on the first entry</source>
        <translation>：第一个条目必须有此项</translation>
    </message>
    <message>
        <source>: expected %1 finite numbers</source>
        <translation>：应为 %1 个有限数</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>必须是有限数</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>必须是 %1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>必须是 JSON 对象</translation>
    </message>
    <message>
        <source>unknown key (known: %1)</source>
        <translation>未知的键（已知：%1）</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>必须是字符串</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>必须是 %1 之一</translation>
    </message>
    <message>
        <source>must be one of %1, got &apos;%2&apos;</source>
        <translation>必须是 %1 之一，实际为“%2”</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>必须是数组</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <source>a lesson file is at most 1 MB; this one is %1 bytes</source>
        <translation>课程文件最大 1 MB；此文件为 %1 字节</translation>
    </message>
    <message>
        <source>a lesson is a JSON object</source>
        <translation>课程必须是 JSON 对象</translation>
    </message>
    <message>
        <source>format: must be &quot;%1&quot;</source>
        <translation>format：必须是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>version: this ReLU Lab reads lesson version %1, the file has version %2</source>
        <translation>version：此版 ReLU Lab 读取版本 %1 的课程，该文件为版本 %2</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>must not be empty (leave it out instead)</source>
        <translation>不能为空（不需要时请省略该项）</translation>
    </message>
    <message>
        <source>: must be a non-empty string</source>
        <translation>：必须是非空字符串</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>: must be an object</source>
        <translation>：必须是对象</translation>
    </message>
    <message>
        <source>: not a language code such as &quot;de&quot; or &quot;pt_BR&quot;</source>
        <translation>：不是 &quot;de&quot; 或 &quot;pt_BR&quot; 这样的语言代码</translation>
    </message>
</context>
<context>
    <name>Mp4Encoder</name>
    <message>
        <source>the H.264 encoder refused a frame: %1</source>
        <translation>H.264 编码器拒绝了一帧：%1</translation>
    </message>
    <message>
        <source>H.264 encoding failed: %1</source>
        <translation>H.264 编码失败：%1</translation>
    </message>
    <message>
        <source>could not write the MP4: %1</source>
        <translation>无法写入 MP4：%1</translation>
    </message>
    <message>
        <source>FFmpeg has no MP4 muxer: %1</source>
        <translation>FFmpeg 没有 MP4 封装器：%1</translation>
    </message>
    <message>
        <source>this FFmpeg has no H.264 encoder (libx264)</source>
        <translation>此 FFmpeg 没有 H.264 编码器（libx264）</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>could not open the H.264 encoder: %1</source>
        <translation>无法打开 H.264 编码器：%1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>could not start the MP4: %1</source>
        <translation>无法开始写入 MP4：%1</translation>
    </message>
    <message>
        <source>the MP4 is not open</source>
        <translation>MP4 未打开</translation>
    </message>
    <message>
        <source>could not convert the frame to YUV</source>
        <translation>无法将帧转换为 YUV</translation>
    </message>
    <message>
        <source>could not finish the MP4: %1</source>
        <translation>无法完成 MP4：%1</translation>
    </message>
</context>
<context>
    <name>Pinning</name>
    <message>
        <source>At most %1 curves can be pinned: unpin some first (Shift+P clears them all).</source>
        <translation>最多可固定 %1 条曲线：请先取消固定一些（Shift+P 全部清除）。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>pinned: %1</source>
        <translation>已固定：%1</translation>
    </message>
    <message>
        <source>z (pre-activation)</source>
        <translation>z（预激活）</translation>
    </message>
    <message>
        <source>The f(z) plot</source>
        <translation>f(z) 图</translation>
    </message>
    <message>
        <source>The f′(z) plot</source>
        <translation>f′(z) 图</translation>
    </message>
    <message>
        <source>Both explorer plots</source>
        <translation>探索器的两幅图</translation>
    </message>
    <message>
        <source>The whole Explorer view</source>
        <translation>整个探索器视图</translation>
    </message>
    <message>
        <source>The whole Training view</source>
        <translation>整个训练视图</translation>
    </message>
    <message>
        <source>Loss and dead-unit curves</source>
        <translation>损失与死亡神经元曲线</translation>
    </message>
    <message>
        <source>Data and prediction (input space)</source>
        <translation>数据与预测（输入空间）</translation>
    </message>
    <message>
        <source>Network diagram</source>
        <translation>网络结构图</translation>
    </message>
    <message>
        <source>not enough memory for a %1 × %2 image</source>
        <translation>内存不足，无法生成 %1 × %2 的图像</translation>
    </message>
    <message>
        <source>could not encode the PNG image</source>
        <translation>无法编码 PNG 图像</translation>
    </message>
    <message>
        <source>Activation functions and their derivatives</source>
        <translation>激活函数及其导数</translation>
    </message>
    <message>
        <source>could not start the SVG painter</source>
        <translation>无法启动 SVG 绘制器</translation>
    </message>
    <message>
        <source>could not start the PDF painter</source>
        <translation>无法启动 PDF 绘制器</translation>
    </message>
    <message>
        <source>nothing to draw</source>
        <translation>没有可绘制的内容</translation>
    </message>
    <message>
        <source>step %1 · loss %2 (test %3)</source>
        <translation>第 %1 步 · 损失 %2（测试 %3）</translation>
    </message>
    <message>
        <source> · test accuracy %1%</source>
        <translation> · 测试准确率 %1%</translation>
    </message>
    <message>
        <source> · dead %1 / %2</source>
        <translation> · 死亡 %1 / %2</translation>
    </message>
    <message>
        <source> · starved %1</source>
        <translation> · 梯度饥饿 %1</translation>
    </message>
    <message>
        <source> · &lt;b&gt;collapsed&lt;/b&gt;</source>
        <translation> · &lt;b&gt;坍缩&lt;/b&gt;</translation>
    </message>
    <message>
        <source> · &lt;b&gt;diverged&lt;/b&gt;</source>
        <translation> · &lt;b&gt;发散&lt;/b&gt;</translation>
    </message>
    <message>
        <source>could not grab the picture</source>
        <translation>无法截取图像</translation>
    </message>
    <message>
        <source>solid line</source>
        <translation>实线</translation>
    </message>
    <message>
        <source>dashed line</source>
        <translation>虚线</translation>
    </message>
    <message>
        <source>dash-dot line</source>
        <translation>点划线</translation>
    </message>
    <message>
        <source>dotted line</source>
        <translation>点线</translation>
    </message>
    <message>
        <source>dash-dot-dot line</source>
        <translation>双点划线</translation>
    </message>
    <message>
        <source>long-dashed line</source>
        <translation>长虚线</translation>
    </message>
    <message>
        <source>fine dotted line</source>
        <translation>细点线</translation>
    </message>
    <message>
        <source>long dash-dot line</source>
        <translation>长点划线</translation>
    </message>
    <message>
        <source>very long-dashed line</source>
        <translation>超长虚线</translation>
    </message>
</context>
<context>
    <name>RunHistory</name>
    <message>
        <source>dead from step %1</source>
        <translation>自第 %1 步起死亡</translation>
    </message>
    <message>
        <source>at step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <source>between steps %1 and %2</source>
        <translation>第 %1 步与第 %2 步之间</translation>
    </message>
    <message>
        <source>died %1</source>
        <translation>%1死亡</translation>
    </message>
    <message>
        <source>revived %1</source>
        <translation>%1复活</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier change(s)</source>
        <translation>
            <numerusform>此前 %n 次变化</numerusform>
        </translation>
    </message>
    <message>
        <source>no such step in the history</source>
        <translation>历史中没有这一步</translation>
    </message>
    <message>
        <source>training on from step %1 does not give the weights kept at step %2</source>
        <translation>从第 %1 步继续训练得不到第 %2 步保存的权重</translation>
    </message>
</context>
<context>
    <name>SessionDocument</name>
    <message>
        <source>ReLU Lab sessions (*.relulab);;All files (*)</source>
        <translation>ReLU Lab 会话 (*.relulab);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>SessionFile</name>
    <message>
        <source>at most %1 numbers, got %2</source>
        <translation>最多 %1 个数，实际为 %2</translation>
    </message>
    <message>
        <source>must be a number in (0, 1]</source>
        <translation>必须是 (0, 1] 内的数</translation>
    </message>
    <message>
        <source>at most %1 entries, got %2</source>
        <translation>最多 %1 个条目，实际为 %2</translation>
    </message>
    <message>
        <source>must be 16 hexadecimal digits</source>
        <translation>必须是 16 位十六进制数字</translation>
    </message>
    <message>
        <source>the file must hold a JSON object</source>
        <translation>文件必须包含一个 JSON 对象</translation>
    </message>
    <message>
        <source>format: is required; this is not a ReLU Lab session</source>
        <translation>format：为必填项；这不是 ReLU Lab 会话</translation>
    </message>
    <message>
        <source>format: must be &quot;%1&quot;; this is not a ReLU Lab session</source>
        <translation>format：必须是 &quot;%1&quot;；这不是 ReLU Lab 会话</translation>
    </message>
    <message>
        <source>version: is required</source>
        <translation>version：为必填项</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>it is a directory</source>
        <translation>这是一个目录</translation>
    </message>
    <message>
        <source>the file has %1 bytes, more than a session can have (at most %2 MB)</source>
        <translation>文件有 %1 字节，超过会话的上限（最多 %2 MB）</translation>
    </message>
    <message>
        <source>the file is larger than any session</source>
        <translation>文件比任何会话都大</translation>
    </message>
    <message>
        <source>the network&apos;s weights are not finite numbers (the run diverged)</source>
        <translation>网络的权重不是有限数（训练已发散）</translation>
    </message>
    <message>
        <source>version: this ReLU Lab reads version 1 to %1 sessions, the file is version %2 (saved by a newer ReLU Lab?)</source>
        <translation>version：此版 ReLU Lab 读取版本 1 到 %1 的会话，该文件为版本 %2（由更新版 ReLU Lab 保存？）</translation>
    </message>
</context>
<context>
    <name>SettingsUndo</name>
    <message>
        <source>change α to %1</source>
        <translation>将 α 改为 %1</translation>
    </message>
    <message>
        <source>change range to %1 … %2</source>
        <translation>将范围改为 %1 … %2</translation>
    </message>
    <message>
        <source>change maxout pieces</source>
        <translation>修改 Maxout 分段</translation>
    </message>
    <message>
        <source>add maxout piece</source>
        <translation>添加 Maxout 分段</translation>
    </message>
    <message>
        <source>remove maxout piece</source>
        <translation>删除 Maxout 分段</translation>
    </message>
    <message>
        <source>use the %1 convention</source>
        <translation>使用%1约定</translation>
    </message>
    <message>
        <source>change shown functions</source>
        <translation>更改显示的函数</translation>
    </message>
    <message>
        <source>show %1</source>
        <translation>显示 %1</translation>
    </message>
    <message>
        <source>hide %1</source>
        <translation>隐藏 %1</translation>
    </message>
    <message>
        <source>show subgradient sets</source>
        <translation>显示次梯度集合</translation>
    </message>
    <message>
        <source>hide subgradient sets</source>
        <translation>隐藏次梯度集合</translation>
    </message>
    <message>
        <source>change samples to %1</source>
        <translation>将采样点数改为 %1</translation>
    </message>
    <message>
        <source>change softplus β to %1</source>
        <translation>将 Softplus β 改为 %1</translation>
    </message>
    <message>
        <source>change pinned curves</source>
        <translation>更改固定的曲线</translation>
    </message>
    <message>
        <source>pin %1</source>
        <translation>固定 %1</translation>
    </message>
    <message>
        <source>unpin %1</source>
        <translation>取消固定 %1</translation>
    </message>
    <message>
        <source>change explorer settings</source>
        <translation>更改探索器设置</translation>
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
        <translation>将数据集改为 %1</translation>
    </message>
    <message>
        <source>change the examples</source>
        <translation>修改样本</translation>
    </message>
    <message>
        <source>add an example</source>
        <translation>添加样本</translation>
    </message>
    <message>
        <source>remove an example</source>
        <translation>删除样本</translation>
    </message>
    <message>
        <source>change noise to %1</source>
        <translation>将噪声改为 %1</translation>
    </message>
    <message>
        <source>change hidden layers to %1</source>
        <translation>将隐藏层改为 %1</translation>
    </message>
    <message>
        <source>change activation to %1</source>
        <translation>将激活函数改为 %1</translation>
    </message>
    <message>
        <source>change the network&apos;s α to %1</source>
        <translation>将网络的 α 改为 %1</translation>
    </message>
    <message>
        <source>change pieces per unit to %1</source>
        <translation>将每个神经元的分段数改为 %1</translation>
    </message>
    <message>
        <source>change initialisation to %1</source>
        <translation>将初始化改为 %1</translation>
    </message>
    <message>
        <source>change bias init to %1</source>
        <translation>将偏置初始值改为 %1</translation>
    </message>
    <message>
        <source>change optimiser to %1</source>
        <translation>将优化器改为 %1</translation>
    </message>
    <message>
        <source>change learning rate to %1</source>
        <translation>将学习率改为 %1</translation>
    </message>
    <message>
        <source>change batch to %1</source>
        <translation>将批大小改为 %1</translation>
    </message>
    <message>
        <source>change L2 to %1</source>
        <translation>将 L2 改为 %1</translation>
    </message>
    <message>
        <source>change seed to %1</source>
        <translation>将随机种子改为 %1</translation>
    </message>
    <message>
        <source>change training setup</source>
        <translation>更改训练配置</translation>
    </message>
    <message>
        <source>He normal</source>
        <translation>He 正态</translation>
    </message>
    <message>
        <source>He uniform</source>
        <translation>He 均匀</translation>
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
        <translation>动量法</translation>
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
        <translation>Softplus 的 β 必须是 &gt; 0 的数</translation>
    </message>
    <message>
        <source>must be at most 200 characters</source>
        <translation>最多 200 个字符</translation>
    </message>
    <message>
        <source>%1: at most %2 examples, got %3</source>
        <translation>%1：最多 %2 个样本，实际为 %3</translation>
    </message>
    <message>
        <source>%1: must be [x1, x2, label] or [x, y]</source>
        <translation>%1：必须是 [x1, x2, label] 或 [x, y]</translation>
    </message>
    <message>
        <source>%1: must hold %2 numbers like the first row</source>
        <translation>%1：必须像第一行一样包含 %2 个数</translation>
    </message>
    <message>
        <source>%1: a label must be 0 or 1</source>
        <translation>%1：标签必须是 0 或 1</translation>
    </message>
    <message>
        <source>%1: a data set needs at least 4 examples, got %2</source>
        <translation>%1：数据集至少需要 4 个样本，实际为 %2</translation>
    </message>
    <message>
        <source>%1: must be an array</source>
        <translation>%1：必须是数组</translation>
    </message>
    <message>
        <source>must lie in [-1e6, 1e6]</source>
        <translation>必须在 [-1e6, 1e6] 内</translation>
    </message>
    <message>
        <source>%1: must be one of %2</source>
        <translation>%1：必须是 %2 之一</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is listed twice</source>
        <translation>%1：“%2”出现了两次</translation>
    </message>
    <message>
        <source>at most %1 curves can be pinned, got %2</source>
        <translation>最多可固定 %1 条曲线，实际为 %2</translation>
    </message>
    <message>
        <source>must be a number in [0, 10]</source>
        <translation>必须是 [0, 10] 内的数</translation>
    </message>
    <message>
        <source>%1: 1 to %2 hidden layers, got %3</source>
        <translation>%1：应为 1 到 %2 个隐藏层，实际为 %3</translation>
    </message>
    <message>
        <source>must be a number in [0, 1)</source>
        <translation>必须是 [0, 1) 内的数</translation>
    </message>
    <message>
        <source>must be a number &gt; 0</source>
        <translation>必须是 &gt; 0 的数</translation>
    </message>
    <message>
        <source>must be a number &gt;= 0</source>
        <translation>必须是 &gt;= 0 的数</translation>
    </message>
</context>
<context>
    <name>TrainingSetup</name>
    <message>
        <source>unknown data set &apos;%1&apos;</source>
        <translation>未知的数据集“%1”</translation>
    </message>
    <message>
        <source>the number of samples must be between %1 and %2</source>
        <translation>样本数必须在 %1 到 %2 之间</translation>
    </message>
    <message>
        <source>the noise must be a number in [0, 10]</source>
        <translation>噪声必须是 [0, 10] 内的数</translation>
    </message>
    <message>
        <source>a data set needs at least 4 examples</source>
        <translation>数据集至少需要 4 个样本</translation>
    </message>
    <message>
        <source>the data&apos;s inputs and targets disagree in size</source>
        <translation>数据的输入与目标大小不一致</translation>
    </message>
    <message>
        <source>example %1 of the data has a value that is not a finite number</source>
        <translation>数据的第 %1 个样本含有非有限数的值</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>expected a header such as &apos;x1,x2,label&apos; or &apos;x,y&apos;, got numbers</source>
        <translation>应有“x1,x2,label”或“x,y”这样的表头，实际为数字</translation>
    </message>
    <message>
        <source>expected 2 numbers (x,y) or 3 (x1,x2,label), got %1</source>
        <translation>应为 2 个数 (x,y) 或 3 个数 (x1,x2,label)，实际为 %1</translation>
    </message>
    <message>
        <source>expected %1 numbers, got %2</source>
        <translation>应为 %1 个数，实际为 %2</translation>
    </message>
    <message>
        <source>column %1 is empty</source>
        <translation>第 %1 列为空</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>“%1”不是数</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a finite number</source>
        <translation>“%1”不是有限数</translation>
    </message>
    <message>
        <source>label must be 0 or 1, got &apos;%1&apos;</source>
        <translation>标签必须是 0 或 1，实际为“%1”</translation>
    </message>
    <message>
        <source>no data rows</source>
        <translation>没有数据行</translation>
    </message>
    <message>
        <source>need at least 4 examples, got %1</source>
        <translation>至少需要 4 个样本，实际为 %1</translation>
    </message>
    <message>
        <source>inputs must be 1 or 2</source>
        <translation>输入数必须是 1 或 2</translation>
    </message>
    <message>
        <source>classification needs 2 inputs</source>
        <translation>分类需要 2 个输入</translation>
    </message>
    <message>
        <source>regression needs 1 input</source>
        <translation>回归需要 1 个输入</translation>
    </message>
    <message>
        <source>hidden layers: 1 to 12 layers of 1 to 32 units</source>
        <translation>隐藏层：1 到 12 层，每层 1 到 32 个神经元</translation>
    </message>
    <message>
        <source>alpha must be in [0, 1)</source>
        <translation>alpha 必须在 [0, 1) 内</translation>
    </message>
    <message>
        <source>pieces must be 2 to 5</source>
        <translation>分段数必须是 2 到 5</translation>
    </message>
    <message>
        <source>bias init must be a finite number</source>
        <translation>偏置初始值必须是有限数</translation>
    </message>
    <message>
        <source>learning rate must be &gt; 0</source>
        <translation>学习率必须 &gt; 0</translation>
    </message>
    <message>
        <source>batch size must be &gt;= 1</source>
        <translation>批大小必须 &gt;= 1</translation>
    </message>
    <message>
        <source>l2 must be &gt;= 0</source>
        <translation>L2 必须 &gt;= 0</translation>
    </message>
</context>
<context>
    <name>relulab::gui::AnimationDialog</name>
    <message>
        <source>Export animation</source>
        <translation>导出动画</translation>
    </message>
    <message>
        <source>What to animate</source>
        <translation>动画内容</translation>
    </message>
    <message>
        <source>The training view (or one of its parts) replayed from step 0 of this run&apos;s setup, or the explorer&apos;s figure while α or the range sweeps</source>
        <translation>按本次训练的配置从第 0 步重放的训练视图（或其一部分），或 α、范围扫过时的探索器图形</translation>
    </message>
    <message>
        <source>Training view</source>
        <translation>训练视图</translation>
    </message>
    <message>
        <source>Input space</source>
        <translation>输入空间</translation>
    </message>
    <message>
        <source>Network diagram</source>
        <translation>网络结构图</translation>
    </message>
    <message>
        <source>Training curves</source>
        <translation>训练曲线</translation>
    </message>
    <message>
        <source>Explorer, α sweeps</source>
        <translation>探索器，α 扫描</translation>
    </message>
    <message>
        <source>Explorer, range zooms</source>
        <translation>探索器，范围缩放</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>内容(&amp;W)：</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>最后一步</translation>
    </message>
    <message>
        <source>The frames show steps 0 … N of this run&apos;s setup, replayed: the same pictures as relulab train --steps N --animate</source>
        <translation>各帧显示按本次训练配置重放的第 0 … N 步：与 relulab train --steps N --animate 的画面相同</translation>
    </message>
    <message>
        <source>steps 0 … N of this run&apos;s setup, replayed</source>
        <translation>按本次训练配置重放第 0 … N 步</translation>
    </message>
    <message>
        <source>&amp;Steps:</source>
        <translation>步数(&amp;S)：</translation>
    </message>
    <message>
        <source>Sweep from</source>
        <translation>扫描起点</translation>
    </message>
    <message>
        <source>The value of the first frame</source>
        <translation>第一帧的值</translation>
    </message>
    <message>
        <source>Sweep to</source>
        <translation>扫描终点</translation>
    </message>
    <message>
        <source>The value of the last frame</source>
        <translation>最后一帧的值</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>S&amp;weep:</source>
        <translation>扫描(&amp;W)：</translation>
    </message>
    <message>
        <source>Number of frames</source>
        <translation>帧数</translation>
    </message>
    <message>
        <source>Frames in the animation, evenly spaced, both ends included</source>
        <translation>动画的帧，均匀分布，包含两端</translation>
    </message>
    <message>
        <source>&amp;Frames:</source>
        <translation>帧数(&amp;F)：</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>帧率</translation>
    </message>
    <message>
        <source>Frames a second (a GIF rounds its delay to hundredths of a second)</source>
        <translation>每秒帧数（GIF 将帧间延迟取整到百分之一秒）</translation>
    </message>
    <message>
        <source> fps</source>
        <translation> fps</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>帧率(&amp;R)：</translation>
    </message>
    <message>
        <source>Frame size</source>
        <translation>帧尺寸</translation>
    </message>
    <message>
        <source>The size of every frame in pixels</source>
        <translation>每一帧的像素尺寸</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Frame width</source>
        <translation>帧宽度</translation>
    </message>
    <message>
        <source>Custom frame width in pixels</source>
        <translation>自定义帧宽度（像素）</translation>
    </message>
    <message>
        <source>Frame height</source>
        <translation>帧高度</translation>
    </message>
    <message>
        <source>Custom frame height in pixels</source>
        <translation>自定义帧高度（像素）</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>尺寸(&amp;Z)：</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>文件格式</translation>
    </message>
    <message>
        <source>GIF: plays everywhere, loops; MP4 (H.264): small, for slides and browsers</source>
        <translation>GIF：到处可播放，循环；MP4 (H.264)：体积小，适合幻灯片和浏览器</translation>
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
        <translation>格式(&amp;O)：</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Where the animation is written</source>
        <translation>动画的保存位置</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>浏览</translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation>选择要写入的文件</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>文件(&amp;I)：</translation>
    </message>
    <message>
        <source>Export problem</source>
        <translation>导出问题</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Frames drawn so far</source>
        <translation>已绘制的帧</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Draw the frames and write the file</source>
        <translation>绘制各帧并写入文件</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the export (no file is written; an old one stays) or close</source>
        <translation>停止导出（不写入文件；旧文件保留）或关闭</translation>
    </message>
    <message>
        <source>GIF animation (*.gif)</source>
        <translation>GIF 动画 (*.gif)</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4 视频 (*.mp4)</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message>
        <source>The file name must end in .%1 for this format.</source>
        <translation>此格式的文件名必须以 .%1 结尾。</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>已取消：未写入任何内容。</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>已写入：%1</translation>
    </message>
    <message>
        <source>%v / %m frames</source>
        <translation>%v / %m 帧</translation>
    </message>
    <message>
        <source>Stop the export: no file is written, an old one stays</source>
        <translation>停止导出：不写入文件，旧文件保留</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>First step</source>
        <translation>起始步</translation>
    </message>
    <message>
        <source>The first frame&apos;s step on this run&apos;s timeline</source>
        <translation>第一帧在本次训练时间轴上的步</translation>
    </message>
    <message>
        <source>The last frame&apos;s step on this run&apos;s timeline (past the newest step %1 the run is trained on, as Play would)</source>
        <translation>最后一帧在本次训练时间轴上的步（超过最新的第 %1 步时继续训练，与“播放”相同）</translation>
    </message>
    <message>
        <source>to — steps of this run (its timeline, live changes included), replayed</source>
        <translation>到 — 重放本次训练的各步（其时间轴，包括实时更改）</translation>
    </message>
</context>
<context>
    <name>relulab::gui::AnimationJob</name>
    <message>
        <source>could not draw frame %1: %2</source>
        <translation>无法绘制第 %1 帧：%2</translation>
    </message>
</context>
<context>
    <name>relulab::gui::BornDeadDialog</name>
    <message>
        <source>Born dead: deep and narrow ReLU nets</source>
        <translation>生而死亡：又深又窄的 ReLU 网络</translation>
    </message>
    <message>
        <source>Born-dead networks</source>
        <translation>生而死亡的网络</translation>
    </message>
    <message>
        <source>Born-dead plot</source>
        <translation>生而死亡图</translation>
    </message>
    <message>
        <source>Share of freshly initialised ReLU networks that are collapsed, against the number of hidden layers, for widths 2 to 5: measured (markers) and Lu et al.&apos;s formula (dashed).</source>
        <translation>刚初始化即坍缩的 ReLU 网络所占比例，随隐藏层数变化，宽度 2 到 5：实测值（标记）与 Lu 等人的公式（虚线）。</translation>
    </message>
    <message>
        <source>hidden layers (depth)</source>
        <translation>隐藏层数（深度）</translation>
    </message>
    <message>
        <source>collapsed at initialisation</source>
        <translation>初始化时坍缩</translation>
    </message>
    <message>
        <source>width %1, measured</source>
        <translation>宽度 %1，实测</translation>
    </message>
    <message>
        <source>width %1, 1 − (1 − 2⁻ᴺ)ᴸ⁻¹</source>
        <translation>宽度 %1，1 − (1 − 2⁻ᴺ)ᴸ⁻¹</translation>
    </message>
    <message>
        <source> networks per point</source>
        <translation> 个网络/点</translation>
    </message>
    <message>
        <source>Networks per point</source>
        <translation>每点网络数</translation>
    </message>
    <message>
        <source>How many random initial networks are drawn for each point</source>
        <translation>每个点抽取多少个随机初始网络</translation>
    </message>
    <message>
        <source>&amp;Count again</source>
        <translation>重新统计(&amp;C)</translation>
    </message>
    <message>
        <source>Count again</source>
        <translation>重新统计</translation>
    </message>
    <message>
        <source>Draw the networks anew with this many per point</source>
        <translation>按每点这么多个重新抽取网络</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close the born-dead panel (Esc)</source>
        <translation>关闭生而死亡面板（Esc）</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>统计中…</translation>
    </message>
    <message>
        <source>counting… %1 of %2 points</source>
        <translation>统计中… 第 %1 / %2 个点</translation>
    </message>
    <message>
        <source>done: %1 networks per point</source>
        <translation>完成：每点 %1 个网络</translation>
    </message>
    <message>
        <source>Each point: the share of ReLU networks (He initialisation, zero biases) that are already a constant function on |x|, x in [−1, 1], before any training. The dashed curves are the probability of being dead at one input point, 1 − (1 − 2&lt;sup&gt;−N&lt;/sup&gt;)&lt;sup&gt;L−1&lt;/sup&gt; with N the width and L−1 the hidden layers (Lu, Shin, Su, Karniadakis, &lt;i&gt;Dying ReLU and Initialization&lt;/i&gt;, 2020); over a whole input range fewer nets are dead than at one point.</source>
        <translation>每个点：在任何训练之前，已经在 |x|（x 属于 [−1, 1]）上成为常函数的 ReLU 网络（He 初始化，偏置为零）所占比例。虚线是在单个输入点上死亡的概率 1 − (1 − 2&lt;sup&gt;−N&lt;/sup&gt;)&lt;sup&gt;L−1&lt;/sup&gt;，N 为宽度，L−1 为隐藏层数（Lu, Shin, Su, Karniadakis, &lt;i&gt;Dying ReLU and Initialization&lt;/i&gt;, 2020）；在整个输入范围上死亡的网络比单点上更少。</translation>
    </message>
</context>
<context>
    <name>relulab::gui::CompareDialog</name>
    <message>
        <source>Compare with another activation</source>
        <translation>与另一激活函数比较</translation>
    </message>
    <message>
        <source>A second run trains beside this one on the same data with the same seed and settings; only the hidden activation differs. Both runs start over from step 0 and play, pause, step and reset together; their loss and dead units share one plot.</source>
        <translation>第二次训练与本次并行，使用相同的数据、随机种子和设置，只有隐藏层的激活函数不同。两次训练都从第 0 步重新开始，一起播放、暂停、单步和重置；它们的损失和死亡神经元画在同一幅图中。</translation>
    </message>
    <message>
        <source>Second run&apos;s activation</source>
        <translation>第二次训练的激活函数</translation>
    </message>
    <message>
        <source>The hidden activation of the second run</source>
        <translation>第二次训练中隐藏层的激活函数</translation>
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
        <translation>第二次训练的 Leaky 斜率 alpha</translation>
    </message>
    <message>
        <source>Leaky ReLU slope α for z &lt; 0, in [0, 1)</source>
        <translation>Leaky ReLU 在 z &lt; 0 时的斜率 α，范围 [0, 1)</translation>
    </message>
    <message>
        <source>Second run&apos;s maxout pieces</source>
        <translation>第二次训练的 Maxout 分段数</translation>
    </message>
    <message>
        <source>Pieces per maxout unit, 2 to 5</source>
        <translation>每个 Maxout 神经元的分段数，2 到 5</translation>
    </message>
    <message>
        <source>second run</source>
        <translation>第二次训练</translation>
    </message>
    <message>
        <source>Start comparing</source>
        <translation>开始比较</translation>
    </message>
    <message>
        <source>Start both runs over from step 0, side by side</source>
        <translation>两次训练都从第 0 步重新开始，并排进行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close without changing the runs</source>
        <translation>关闭，不改变训练</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (solid) beside &lt;b&gt;%2&lt;/b&gt; (dashed)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（实线）与 &lt;b&gt;%2&lt;/b&gt;（虚线）并排</translation>
    </message>
    <message>
        <source>Both start from the very same initial weights.</source>
        <translation>两者从完全相同的初始权重开始。</translation>
    </message>
    <message>
        <source>Maxout has other weights: the second run draws its own initial weights from the same seed.</source>
        <translation>Maxout 的权重不同：第二次训练用相同的随机种子抽取自己的初始权重。</translation>
    </message>
</context>
<context>
    <name>relulab::gui::ControlPanel</name>
    <message>
        <source>ReLU: max(0, z)</source>
        <translation>ReLU：max(0, z)</translation>
    </message>
    <message>
        <source>Leaky ReLU: max(αz, z)</source>
        <translation>Leaky ReLU：max(αz, z)</translation>
    </message>
    <message>
        <source>|z| = max(−z, z)</source>
        <translation>|z| = max(−z, z)</translation>
    </message>
    <message>
        <source>Parabola z²/R, 3 pieces</source>
        <translation>抛物线 z²/R，3 段</translation>
    </message>
    <message>
        <source>Parabola z²/R, 5 pieces</source>
        <translation>抛物线 z²/R，5 段</translation>
    </message>
    <message>
        <source>Random pieces</source>
        <translation>随机分段</translation>
    </message>
    <message>
        <source>Input error</source>
        <translation>输入错误</translation>
    </message>
    <message>
        <source>Presets…</source>
        <translation>预设…</translation>
    </message>
    <message>
        <source>left</source>
        <translation>左</translation>
    </message>
    <message>
        <source>Left derivative: PyTorch&apos;s and TensorFlow&apos;s ReLU′(0) = 0 and Leaky′(0) = α; for maxout the smallest tied slope, which no framework computes.</source>
        <translation>左导数：与 PyTorch 和 TensorFlow 一样 ReLU′(0) = 0、Leaky′(0) = α；对 Maxout 取并列分段中最小的斜率，没有框架这样计算。</translation>
    </message>
    <message>
        <source>right</source>
        <translation>右</translation>
    </message>
    <message>
        <source>Right derivative: ReLU′(0) = 1, Leaky′(0) = 1, for maxout the largest tied slope.</source>
        <translation>右导数：ReLU′(0) = 1，Leaky′(0) = 1，对 Maxout 取并列分段中最大的斜率。</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>The average of the left and right derivatives: ReLU′(0) = ½.</source>
        <translation>左导数与右导数的平均值：ReLU′(0) = ½。</translation>
    </message>
    <message>
        <source>first (PyTorch max(dim))</source>
        <translation>首个 (PyTorch max(dim))</translation>
    </message>
    <message>
        <source>What PyTorch&apos;s relu, leaky_relu and max(dim) compute: relu′(0) = 0, leaky_relu′(0) = α, and maxout written as max over the piece dimension gives a tie to the first maximal piece in table order.</source>
        <translation>PyTorch 的 relu、leaky_relu 和 max(dim) 的计算结果：relu′(0) = 0，leaky_relu′(0) = α；写成沿分段维度取 max 的 Maxout 在并列时取表格顺序中第一个最大的分段。</translation>
    </message>
    <message>
        <source>Default: max(z, −0.5z, −5)</source>
        <translation>默认：max(z, −0.5z, −5)</translation>
    </message>
</context>
<context>
    <name>relulab::gui::ExplorerPlot</name>
    <message>
        <source>Activation plots</source>
        <translation>激活函数图</translation>
    </message>
    <message>
        <source>Drag the Leaky ReLU&apos;s negative branch to set α; drag a maxout piece to move it, or its diamond handle to rotate it.
Drag empty space to pan, use the wheel to zoom, double-click to reset the view.
Keyboard: ← → move the cursor (it stops on every kink), ↑ ↓ change α, Enter picks a maxout piece instead; Shift for finer steps.</source>
        <translation>拖动 Leaky ReLU 的负半支设置 α；拖动 Maxout 分段可平移它，拖动其菱形手柄可旋转它。
拖动空白处平移，滚轮缩放，双击重置视图。
键盘：← → 移动光标（在每个折点处停下），↑ ↓ 改变 α，Enter 改为选择 Maxout 分段；按住 Shift 步长更细。</translation>
    </message>
    <message>
        <source>filled marker: f′ used at a kink (%1 convention)</source>
        <translation>实心标记：折点处采用的 f′（%1约定）</translation>
    </message>
    <message>
        <source>open marker: limit not taken</source>
        <translation>空心标记：未采用的极限</translation>
    </message>
    <message>
        <source>bar: subgradient set</source>
        <translation>竖条：次梯度集合</translation>
    </message>
    <message>
        <source>z of %1 on the training data</source>
        <translation>%1 在训练数据上的 z</translation>
    </message>
    <message>
        <source>z (pre-activation)</source>
        <translation>z（预激活）</translation>
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
        <translation>取消固定“%1”</translation>
    </message>
    <message>
        <source>Copy values at z = %1</source>
        <translation>复制 z = %1 处的值</translation>
    </message>
    <message>
        <source>Export figure…</source>
        <translation>导出图形…</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>重置视图</translation>
    </message>
    <message>
        <source>Pin visible curves</source>
        <translation>固定可见曲线</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>取消固定</translation>
    </message>
    <message>
        <source>Clear all pins</source>
        <translation>清除所有固定</translation>
    </message>
    <message>
        <source>α</source>
        <translation>α</translation>
    </message>
    <message>
        <source>maxout piece %1</source>
        <translation>Maxout 分段 %1</translation>
    </message>
    <message>
        <source>↑ ↓ %1 (Shift: finer) · ← → cursor · Enter: next</source>
        <translation>↑ ↓ %1（Shift：更细）· ← → 光标 · Enter：下一个</translation>
    </message>
    <message>
        <source>%1 with α = %2</source>
        <translation>%1，α = %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n piece(s)</source>
        <translation>
            <numerusform>%n 段 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>z from %1 to %2</source>
        <translation>z 从 %1 到 %2</translation>
    </message>
    <message>
        <source>No function is shown; %1.</source>
        <translation>未显示任何函数；%1。</translation>
    </message>
    <message>
        <source>Upper plot: %1, %2. Lower plot: their derivatives f′(z); at each kink a filled marker shows the value the %3 convention takes and an open marker the limit not taken. Arrow keys: Left and Right move the cursor, Up and Down change %4.</source>
        <translation>上图：%1，%2。下图：它们的导数 f′(z)；在每个折点处，实心标记表示%3约定所取的值，空心标记表示未采用的极限。方向键：左、右移动光标，上、下改变 %4。</translation>
    </message>
</context>
<context>
    <name>relulab::gui::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>导出内容</translation>
    </message>
    <message>
        <source>A single plot, or a whole view as it is on screen</source>
        <translation>单幅图，或屏幕上显示的整个视图</translation>
    </message>
    <message>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <source>A picture of the chosen size in pixels</source>
        <translation>按所选像素尺寸生成的图片</translation>
    </message>
    <message>
        <source>SVG</source>
        <translation>SVG</translation>
    </message>
    <message>
        <source>Vector drawing for the web and for editing</source>
        <translation>矢量图，适合网页和编辑</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Vector drawing for print and LaTeX</source>
        <translation>矢量图，适合打印和 LaTeX</translation>
    </message>
    <message>
        <source>CSV data</source>
        <translation>CSV 数据</translation>
    </message>
    <message>
        <source>The numbers behind the plot: the curves, or the training log</source>
        <translation>图背后的数值：曲线或训练日志</translation>
    </message>
    <message>
        <source>Format %1</source>
        <translation>格式 %1</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation>宽度（像素）</translation>
    </message>
    <message>
        <source>Width of the picture in pixels</source>
        <translation>图片宽度（像素）</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>高度（像素）</translation>
    </message>
    <message>
        <source>Height of the picture in pixels</source>
        <translation>图片高度（像素）</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>On-screen size</source>
        <translation>屏幕尺寸</translation>
    </message>
    <message>
        <source>Use the size the plot or view has in the window</source>
        <translation>使用图或视图在窗口中的尺寸</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>keep the on-screen proportions</source>
        <translation>保持屏幕上的比例</translation>
    </message>
    <message>
        <source>Keep the on-screen proportions</source>
        <translation>保持屏幕上的比例</translation>
    </message>
    <message>
        <source>Width and height change together, in the proportions of the plot or view in the window</source>
        <translation>宽度和高度一起改变，保持图或视图在窗口中的比例</translation>
    </message>
    <message>
        <source>Resolution in DPI</source>
        <translation>分辨率（DPI）</translation>
    </message>
    <message>
        <source>Dots per inch stored in the file: the size it prints at, not the number of pixels</source>
        <translation>文件中存储的每英寸点数：决定打印尺寸，而非像素数</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Export error</source>
        <translation>导出错误</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation>复制到剪贴板</translation>
    </message>
    <message>
        <source>Copy the picture (or the CSV text) to the clipboard</source>
        <translation>将图片（或 CSV 文本）复制到剪贴板</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export to a file</source>
        <translation>导出到文件</translation>
    </message>
    <message>
        <source>Choose a file name and save</source>
        <translation>选择文件名并保存</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close without exporting</source>
        <translation>关闭，不导出</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>复制图像</translation>
    </message>
    <message>
        <source>Copy CSV</source>
        <translation>复制 CSV</translation>
    </message>
    <message>
        <source>The curves and derivatives on the explorer&apos;s grid: x,relu,relu_grad,leaky_relu,leaky_relu_grad,maxout,maxout_grad, the same as relulab export --csv.</source>
        <translation>探索器网格上的曲线和导数：x,relu,relu_grad,leaky_relu,leaky_relu_grad,maxout,maxout_grad，与 relulab export --csv 相同。</translation>
    </message>
    <message>
        <source>The training run&apos;s log, one row per point of its curves: step,loss,test_loss,accuracy,dead_units,dead_fraction, the same as relulab train --log.</source>
        <translation>训练日志，曲线上每个点一行：step,loss,test_loss,accuracy,dead_units,dead_fraction，与 relulab train --log 相同。</translation>
    </message>
    <message>
        <source>A whole view is drawn as on screen: plots inside it are embedded as pictures. Export a single plot for vector lines.</source>
        <translation>整个视图按屏幕上的样子绘制：其中的图以图片形式嵌入。要得到矢量线条，请导出单幅图。</translation>
    </message>
    <message>
        <source>Drawn as in the window, scaled to the chosen size.</source>
        <translation>按窗口中的样子绘制，缩放到所选尺寸。</translation>
    </message>
    <message>
        <source>prints %1 × %2 cm (%3 × %4 in)</source>
        <translation>打印尺寸 %1 × %2 cm（%3 × %4 in）</translation>
    </message>
    <message>
        <source>this view has no data to save as CSV</source>
        <translation>此视图没有可保存为 CSV 的数据</translation>
    </message>
    <message>
        <source>Could not export %1: %2</source>
        <translation>无法导出 %1：%2</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>导出 %1</translation>
    </message>
    <message>
        <source>%1 file (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
</context>
<context>
    <name>relulab::gui::InputSpaceView</name>
    <message>
        <source>Input space</source>
        <translation>输入空间</translation>
    </message>
    <message>
        <source>The training data (class 1: filled circles, class 0: filled triangles, test examples hollow) over the network&apos;s prediction, with the selected unit&apos;s off-region (z ≤ 0) hatched. The point probe follows the mouse: every view shows the network at that point.</source>
        <translation>训练数据（类别 1：实心圆，类别 0：实心三角形，测试样本为空心）叠加在网络的预测上，选中神经元的关区域（z ≤ 0）以斜线标出。探测点跟随鼠标：每个视图都显示网络在该点的状态。</translation>
    </message>
    <message>
        <source>prediction p</source>
        <translation>预测 p</translation>
    </message>
    <message>
        <source>linear regions</source>
        <translation>线性区域</translation>
    </message>
    <message>
        <source>unit off (z ≤ 0)</source>
        <translation>神经元关 (z ≤ 0)</translation>
    </message>
    <message>
        <source>boundary p = 0.5</source>
        <translation>边界 p = 0.5</translation>
    </message>
    <message>
        <source>prediction ŷ</source>
        <translation>预测 ŷ</translation>
    </message>
    <message>
        <source>class 0, train</source>
        <translation>类别 0，训练</translation>
    </message>
    <message>
        <source>class 0, test</source>
        <translation>类别 0，测试</translation>
    </message>
    <message>
        <source>class 1, train</source>
        <translation>类别 1，训练</translation>
    </message>
    <message>
        <source>class 1, test</source>
        <translation>类别 1，测试</translation>
    </message>
    <message>
        <source>train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>kink of a layer-1 unit</source>
        <translation>第 1 层神经元的折点</translation>
    </message>
    <message>
        <source>Data and prediction —</source>
        <translation>数据与预测 —</translation>
    </message>
    <message>
        <source>click a unit to see where it is off</source>
        <translation>点击一个神经元，查看它在哪里为关</translation>
    </message>
    <message>
        <source>maxout unit %1 is never off</source>
        <translation>Maxout 神经元 %1 从不为关</translation>
    </message>
    <message>
        <source>sigmoid unit %1 has no off region</source>
        <translation>Sigmoid 神经元 %1 没有关区域</translation>
    </message>
    <message>
        <source>tanh unit %1 has no off region</source>
        <translation>Tanh 神经元 %1 没有关区域</translation>
    </message>
    <message>
        <source>Data, prediction</source>
        <translation>数据、预测</translation>
    </message>
    <message>
        <source>and where unit %1 is off (z ≤ 0)</source>
        <translation>及神经元 %1 为关之处 (z ≤ 0)</translation>
    </message>
    <message>
        <source>and where unit %1 is on its leaky side (z ≤ 0)</source>
        <translation>及神经元 %1 处于 Leaky 一侧之处 (z ≤ 0)</translation>
    </message>
    <message>
        <source>— dead: off on every training example</source>
        <translation>— 死亡：在每个训练样本上都为关</translation>
    </message>
    <message>
        <source>— starved: no gradient reaches it</source>
        <translation>— 梯度饥饿：没有梯度到达它</translation>
    </message>
    <message>
        <source>Linear regions — waiting for the network</source>
        <translation>线性区域 — 等待网络</translation>
    </message>
    <message>
        <source>No linear regions:</source>
        <translation>没有线性区域：</translation>
    </message>
    <message>
        <source>sigmoid and tanh are not piecewise linear</source>
        <translation>Sigmoid 和 Tanh 不是分段线性的</translation>
    </message>
    <message>
        <source>the weights are not finite (the run diverged)</source>
        <translation>权重不是有限数（训练已发散）</translation>
    </message>
    <message>
        <source>More than %1 linear regions in the view:</source>
        <translation>视图中的线性区域超过 %1 个：</translation>
    </message>
    <message>
        <source>too many to draw</source>
        <translation>太多，无法绘制</translation>
    </message>
    <message>
        <source>Linear regions — computing…</source>
        <translation>线性区域 — 计算中…</translation>
    </message>
    <message>
        <source>Linear regions: %1 intervals,</source>
        <translation>线性区域：%1 个区间，</translation>
    </message>
    <message>
        <source>Linear regions: %1,</source>
        <translation>线性区域：%1 个，</translation>
    </message>
    <message>
        <source>neighbours in different colours</source>
        <translation>相邻区域颜色不同</translation>
    </message>
    <message>
        <source>— bold: where unit %1·%2 bends the regions</source>
        <translation>— 粗线：神经元 %1·%2 使区域弯折之处</translation>
    </message>
    <message>
        <source>— click a unit to see its bent line</source>
        <translation>— 点击一个神经元查看它的弯折线</translation>
    </message>
</context>
<context>
    <name>relulab::gui::LayerSizesPlot</name>
    <message>
        <source>Gradient and activation size per layer</source>
        <translation>各层的梯度与激活大小</translation>
    </message>
    <message>
        <source>Per layer, over the whole training set at the current step: the root mean square of the gradient of the mean loss with respect to the layer&apos;s weights (solid line, circles) and of the hidden layer&apos;s activations f(z) (dashed line, squares), on a log scale. Shrinking gradients towards layer 1 are vanishing gradients; shrinking activations with depth show an init without He&apos;s factor 2. Triangles at the bottom: exactly 0.</source>
        <translation>逐层，在当前步的整个训练集上：平均损失对该层权重的梯度的均方根（实线，圆形），以及隐藏层激活 f(z) 的均方根（虚线，方形），对数刻度。越靠近第 1 层梯度越小，就是梯度消失；激活随深度缩小，说明初始化缺少 He 的因子 2。底部的三角形：恰好为 0。</translation>
    </message>
    <message>
        <source>layer (out = output layer)</source>
        <translation>层（输出 = 输出层）</translation>
    </message>
    <message>
        <source>RMS of ∂loss/∂w and of f(z) (log scale)</source>
        <translation>∂损失/∂w 与 f(z) 的 RMS（对数刻度）</translation>
    </message>
    <message>
        <source>gradient RMS, ∂loss/∂w</source>
        <translation>梯度 RMS，∂损失/∂w</translation>
    </message>
    <message>
        <source>activation RMS, f(z)</source>
        <translation>激活 RMS，f(z)</translation>
    </message>
    <message>
        <source>gradient exactly 0</source>
        <translation>梯度恰好为 0</translation>
    </message>
    <message>
        <source>activations exactly 0</source>
        <translation>激活恰好为 0</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>RMS (log)</source>
        <translation>RMS（对数）</translation>
    </message>
    <message>
        <source>out</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Gradient RMS per weight layer, layer 1 to the output layer: %1. Activation RMS per hidden layer: %2.</source>
        <translation>各权重层的梯度 RMS，从第 1 层到输出层：%1。各隐藏层的激活 RMS：%2。</translation>
    </message>
</context>
<context>
    <name>relulab::gui::LessonPanel</name>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>The current lesson&apos;s explanation, with buttons to step through the lessons (Page Up and Page Down).</source>
        <translation>当前课程的讲解，带有逐课翻页的按钮（Page Up 和 Page Down）。</translation>
    </message>
    <message>
        <source>Lesson number</source>
        <translation>课程编号</translation>
    </message>
    <message>
        <source>Which lesson this is, of how many</source>
        <translation>这是第几课，共几课</translation>
    </message>
    <message>
        <source>Lesson title</source>
        <translation>课程标题</translation>
    </message>
    <message>
        <source>The lesson&apos;s title</source>
        <translation>课程的标题</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation>课程正文</translation>
    </message>
    <message>
        <source>What this lesson shows and what to try</source>
        <translation>本课展示什么，可以尝试什么</translation>
    </message>
    <message>
        <source>Teacher’s &amp;note</source>
        <translation>教师备注(&amp;N)</translation>
    </message>
    <message>
        <source>Show or hide the longer explanation for the teacher under the lesson text (%1)</source>
        <translation>在课程正文下方显示或隐藏给教师的详细讲解（%1）</translation>
    </message>
    <message>
        <source>Teacher&apos;s note</source>
        <translation>教师备注</translation>
    </message>
    <message>
        <source>The longer explanation behind this lesson, for the teacher</source>
        <translation>本课背后的详细讲解，供教师参考</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ 上一课(&amp;P)</translation>
    </message>
    <message>
        <source>Previous lesson</source>
        <translation>上一课</translation>
    </message>
    <message>
        <source>Go to the previous lesson (Page Up)</source>
        <translation>转到上一课（Page Up）</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>下一课(&amp;N) ▶</translation>
    </message>
    <message>
        <source>Next lesson</source>
        <translation>下一课</translation>
    </message>
    <message>
        <source>Go to the next lesson (Page Down)</source>
        <translation>转到下一课（Page Down）</translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation>退出(&amp;L)</translation>
    </message>
    <message>
        <source>Leave the lessons</source>
        <translation>退出课程</translation>
    </message>
    <message>
        <source>Close the lesson panel; the current settings stay (Ctrl+Alt+L)</source>
        <translation>关闭课程面板；当前设置保持不变（Ctrl+Alt+L）</translation>
    </message>
    <message>
        <source>Lesson %1 of %2</source>
        <translation>第 %1 课，共 %2 课</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>参考文献</translation>
    </message>
    <message>
        <source>Lesson %1 of %2: %3</source>
        <translation>第 %1 课，共 %2 课：%3</translation>
    </message>
</context>
<context>
    <name>relulab::gui::MainWindow</name>
    <message>
        <source>ReLU Lab main window</source>
        <translation>ReLU Lab 主窗口</translation>
    </message>
    <message>
        <source>Explore ReLU, Leaky ReLU and Maxout and their derivatives, and train a small network to watch ReLU units die. F1 lists the keyboard shortcuts.</source>
        <translation>探索 ReLU、Leaky ReLU 和 Maxout 及其导数，并训练一个小网络，观察 ReLU 神经元如何死亡。按 F1 列出键盘快捷键。</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>&amp;Explorer</source>
        <translation>探索器(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <source>ReLU, Leaky ReLU and Maxout and their derivatives (Ctrl+1)</source>
        <translation>ReLU、Leaky ReLU 和 Maxout 及其导数（Ctrl+1）</translation>
    </message>
    <message>
        <source>Train a small network and watch units die (Ctrl+2)</source>
        <translation>训练一个小网络，观察神经元死亡（Ctrl+2）</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>状态栏</translation>
    </message>
    <message>
        <source>Values at the cursor</source>
        <translation>光标处的值</translation>
    </message>
    <message>
        <source>Value and derivative of each shown function at the cursor&apos;s z. At a kink: the subgradient set and the value the convention takes.</source>
        <translation>每个所显示函数在光标 z 处的值和导数。在折点处：次梯度集合以及约定所取的值。</translation>
    </message>
    <message>
        <source>Formulas</source>
        <translation>公式</translation>
    </message>
    <message>
        <source>The definitions of the shown functions with their current numbers.</source>
        <translation>所显示函数的定义及其当前参数值。</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>控件</translation>
    </message>
    <message>
        <source>Explorer</source>
        <translation>探索器</translation>
    </message>
    <message>
        <source>The comparison run cannot start: %1</source>
        <translation>对比训练无法开始：%1</translation>
    </message>
    <message>
        <source>Move the mouse over the plots, or focus them and use ← →, to read values; at z = 0 you see the kink.</source>
        <translation>将鼠标移到图上，或聚焦图后使用 ← →，即可读取数值；在 z = 0 处可以看到折点。</translation>
    </message>
    <message numerus="yes">
        <source>Pinned %n curve(s)</source>
        <translation>
            <numerusform>已固定 %n 条曲线</numerusform>
        </translation>
    </message>
    <message>
        <source>The visible curves are pinned already</source>
        <translation>可见曲线已经固定</translation>
    </message>
    <message>
        <source>Copied the values at z = %1</source>
        <translation>已复制 z = %1 处的值</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Saved the animation</source>
        <translation>已保存动画</translation>
    </message>
    <message>
        <source>Copied %1 as an image</source>
        <translation>已将 %1 复制为图像</translation>
    </message>
    <message>
        <source>Export training log</source>
        <translation>导出训练日志</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>Some lessons could not be read: %1</source>
        <translation>部分课程无法读取：%1</translation>
    </message>
    <message>
        <source>&amp;Start the lessons</source>
        <translation>开始课程(&amp;S)</translation>
    </message>
    <message>
        <source>Show the first lesson, or the current one</source>
        <translation>显示第一课或当前课程</translation>
    </message>
    <message>
        <source>&amp;Next lesson</source>
        <translation>下一课(&amp;N)</translation>
    </message>
    <message>
        <source>Go to the next lesson (also → while a lesson is shown)</source>
        <translation>转到下一课（显示课程时也可按 →）</translation>
    </message>
    <message>
        <source>&amp;Previous lesson</source>
        <translation>上一课(&amp;P)</translation>
    </message>
    <message>
        <source>Go to the previous lesson (also ← while a lesson is shown)</source>
        <translation>转到上一课（显示课程时也可按 ←）</translation>
    </message>
    <message>
        <source>&amp;Leave the lessons</source>
        <translation>退出课程(&amp;L)</translation>
    </message>
    <message>
        <source>Hide the lesson panel; the settings stay as they are</source>
        <translation>隐藏课程面板；设置保持不变</translation>
    </message>
    <message>
        <source>&amp;%1. %2</source>
        <translation>&amp;%1. %2</translation>
    </message>
    <message>
        <source>Set up the lesson “%1”</source>
        <translation>设置课程“%1”</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Lesson panel</source>
        <translation>课程面板</translation>
    </message>
    <message>
        <source>The lesson&apos;s training setup was refused: %1</source>
        <translation>课程的训练配置被拒绝：%1</translation>
    </message>
    <message>
        <source>Lesson %1: %2</source>
        <translation>第 %1 课：%2</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>菜单栏</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Less&amp;on</source>
        <translation>课程(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation>新建会话(&amp;N)</translation>
    </message>
    <message>
        <source>Start over with the default settings and a new training run</source>
        <translation>以默认设置和新的训练重新开始</translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation>打开会话(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a saved .relulab session: settings, training setup and trained network</source>
        <translation>打开已保存的 .relulab 会话：设置、训练配置和训练好的网络</translation>
    </message>
    <message>
        <source>&amp;Save session</source>
        <translation>保存会话(&amp;S)</translation>
    </message>
    <message>
        <source>Save the settings, the training setup and the trained network at its step</source>
        <translation>保存设置、训练配置以及训练到当前步的网络</translation>
    </message>
    <message>
        <source>Save session &amp;as…</source>
        <translation>会话另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the session to a new .relulab file</source>
        <translation>将会话保存到新的 .relulab 文件</translation>
    </message>
    <message>
        <source>Export &amp;figure…</source>
        <translation>导出图形(&amp;F)…</translation>
    </message>
    <message>
        <source>Save any plot or a whole view as PNG, SVG or PDF, or its data as CSV</source>
        <translation>将任意一幅图或整个视图保存为 PNG、SVG 或 PDF，或将其数据保存为 CSV</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 &amp;CSV…</translation>
    </message>
    <message>
        <source>Save the curves on a uniform grid as CSV</source>
        <translation>将均匀网格上的曲线保存为 CSV</translation>
    </message>
    <message>
        <source>Export ani&amp;mation…</source>
        <translation>导出动画(&amp;M)…</translation>
    </message>
    <message>
        <source>Save the training (replayed from step 0) or the explorer while α or the range sweeps as an animated GIF or an MP4 video</source>
        <translation>将训练（从第 0 步重放）或 α、范围扫过时的探索器保存为 GIF 动画或 MP4 视频</translation>
    </message>
    <message>
        <source>Export training &amp;log…</source>
        <translation>导出训练日志(&amp;L)…</translation>
    </message>
    <message>
        <source>Save the training run&apos;s loss and dead units per recorded step as CSV</source>
        <translation>将训练在每个记录步的损失和死亡神经元保存为 CSV</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Close ReLU Lab</source>
        <translation>关闭 ReLU Lab</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Undo the last change of a setting (a whole drag at once)</source>
        <translation>撤销最近一次设置更改（一次拖动整体撤销）</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Redo the change last undone</source>
        <translation>重做最近撤销的更改</translation>
    </message>
    <message>
        <source>&amp;Copy values at cursor</source>
        <translation>复制光标处的值(&amp;C)</translation>
    </message>
    <message>
        <source>Copy z, f(z) and f′(z) of the shown functions at the cursor</source>
        <translation>复制所显示函数在光标处的 z、f(z) 和 f′(z)</translation>
    </message>
    <message>
        <source>Copy plot &amp;image</source>
        <translation>复制图像(&amp;I)</translation>
    </message>
    <message>
        <source>Copy the plots in front (explorer plots, or the training curves) as an image</source>
        <translation>将当前显示的图（探索器图或训练曲线）复制为图像</translation>
    </message>
    <message>
        <source>Increase α</source>
        <translation>增大 α</translation>
    </message>
    <message>
        <source>Leaky slope α + 0.01</source>
        <translation>Leaky 斜率 α + 0.01</translation>
    </message>
    <message>
        <source>Decrease α</source>
        <translation>减小 α</translation>
    </message>
    <message>
        <source>Leaky slope α − 0.01</source>
        <translation>Leaky 斜率 α − 0.01</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>显示 %1</translation>
    </message>
    <message>
        <source>Show or hide %1</source>
        <translation>显示或隐藏 %1</translation>
    </message>
    <message>
        <source>Show &amp;subgradient set</source>
        <translation>显示次梯度集合(&amp;S)</translation>
    </message>
    <message>
        <source>Bars over [left, right] at each kink</source>
        <translation>在每个折点处画出 [左, 右] 竖条</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Narrow the z range</source>
        <translation>缩小 z 范围</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Widen the z range</source>
        <translation>扩大 z 范围</translation>
    </message>
    <message>
        <source>&amp;Reset view</source>
        <translation>重置视图(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pin visible curves</source>
        <translation>固定可见曲线(&amp;P)</translation>
    </message>
    <message>
        <source>Freeze the visible curves with their current parameters as ghosts to compare with</source>
        <translation>将可见曲线以当前参数冻结为淡色虚影，用于比较</translation>
    </message>
    <message>
        <source>C&amp;lear pins</source>
        <translation>清除固定(&amp;L)</translation>
    </message>
    <message>
        <source>Remove every pinned curve</source>
        <translation>删除所有固定的曲线</translation>
    </message>
    <message>
        <source>E&amp;xplorer tab</source>
        <translation>探索器标签页(&amp;X)</translation>
    </message>
    <message>
        <source>Show the explorer</source>
        <translation>显示探索器</translation>
    </message>
    <message>
        <source>&amp;Training tab</source>
        <translation>训练标签页(&amp;T)</translation>
    </message>
    <message>
        <source>Show the training run</source>
        <translation>显示训练</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>语言(&amp;G)</translation>
    </message>
    <message>
        <source>Takes effect when ReLU Lab starts again</source>
        <translation>重新启动 ReLU Lab 后生效</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>Follow the system&apos;s language (now: %1)</source>
        <translation>跟随系统语言（当前：%1）</translation>
    </message>
    <message>
        <source>Use %1 from the next start</source>
        <translation>下次启动时使用 %1</translation>
    </message>
    <message>
        <source>The language changes when ReLU Lab starts again.</source>
        <translation>重新启动 ReLU Lab 后语言才会改变。</translation>
    </message>
    <message>
        <source>&amp;Convention at kinks</source>
        <translation>折点约定(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Left</source>
        <translation>左(&amp;L)</translation>
    </message>
    <message>
        <source>Use the left derivative: PyTorch&apos;s and TensorFlow&apos;s ReLU′(0) = 0 and Leaky′(0) = α; for maxout the smallest tied slope, which no framework computes</source>
        <translation>使用左导数：与 PyTorch 和 TensorFlow 一样 ReLU′(0) = 0、Leaky′(0) = α；对 Maxout 取并列分段中最小的斜率，没有框架这样计算</translation>
    </message>
    <message>
        <source>&amp;Right</source>
        <translation>右(&amp;R)</translation>
    </message>
    <message>
        <source>Use the right derivative: ReLU′(0) = 1, the largest tied slope</source>
        <translation>使用右导数：ReLU′(0) = 1，取并列分段中最大的斜率</translation>
    </message>
    <message>
        <source>&amp;Mean</source>
        <translation>平均(&amp;M)</translation>
    </message>
    <message>
        <source>Use the mean of the left and right derivatives: ReLU′(0) = ½</source>
        <translation>使用左导数与右导数的平均值：ReLU′(0) = ½</translation>
    </message>
    <message>
        <source>&amp;First (PyTorch relu, max(dim))</source>
        <translation>首个(&amp;F) (PyTorch relu, max(dim))</translation>
    </message>
    <message>
        <source>Use what PyTorch&apos;s relu, leaky_relu and max(dim) compute: 0 and α as left; maxout as max over the piece dimension gives a tie to the first maximal piece (torch.amax would split it evenly)</source>
        <translation>使用 PyTorch 的 relu、leaky_relu 和 max(dim) 的计算结果：与左导数一样取 0 和 α；写成沿分段维度取 max 的 Maxout 在并列时取第一个最大的分段（torch.amax 则会平均分配）</translation>
    </message>
    <message>
        <source>&amp;Play / Pause</source>
        <translation>播放 / 暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Start or pause training</source>
        <translation>开始或暂停训练</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>单步(&amp;S)</translation>
    </message>
    <message>
        <source>Train one mini-batch step</source>
        <translation>训练一个小批量步</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>重置(&amp;R)</translation>
    </message>
    <message>
        <source>Start the run over with the same seed</source>
        <translation>用相同的随机种子重新开始训练</translation>
    </message>
    <message>
        <source>Linear re&amp;gions</source>
        <translation>线性区域(&amp;G)</translation>
    </message>
    <message>
        <source>Show the network&apos;s exact linear regions in the data plot: each region (one on/off pattern of the hidden units) its own colour, the selected unit&apos;s bent line bold</source>
        <translation>在数据图中显示网络精确的线性区域：每个区域（隐藏层神经元的一种开/关模式）一种颜色，选中神经元的弯折线加粗</translation>
    </message>
    <message>
        <source>&amp;Import data…</source>
        <translation>导入数据(&amp;I)…</translation>
    </message>
    <message>
        <source>Train on your own CSV examples</source>
        <translation>用自己的 CSV 样本训练</translation>
    </message>
    <message>
        <source>&amp;Compare with…</source>
        <translation>比较(&amp;C)…</translation>
    </message>
    <message>
        <source>Train a second run beside this one, same data and seed, another activation</source>
        <translation>在本次训练旁并行第二次训练：相同数据和随机种子，不同激活函数</translation>
    </message>
    <message>
        <source>S&amp;top comparing</source>
        <translation>停止比较(&amp;T)</translation>
    </message>
    <message>
        <source>End the second run</source>
        <translation>结束第二次训练</translation>
    </message>
    <message>
        <source>&amp;Born-dead networks…</source>
        <translation>生而死亡的网络(&amp;B)…</translation>
    </message>
    <message>
        <source>How many deep, narrow ReLU nets are dead at initialisation</source>
        <translation>有多少又深又窄的 ReLU 网络在初始化时就已死亡</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>List every shortcut, menu by menu (F1 or ?)</source>
        <translation>按菜单列出所有快捷键（F1 或 ?）</translation>
    </message>
    <message>
        <source>&amp;About ReLU Lab</source>
        <translation>关于 ReLU Lab(&amp;A)</translation>
    </message>
    <message>
        <source>Version and purpose</source>
        <translation>版本与用途</translation>
    </message>
    <message>
        <source>About ReLU Lab</source>
        <translation>关于 ReLU Lab</translation>
    </message>
    <message>
        <source>&lt;b&gt;ReLU Lab&lt;/b&gt; %1&lt;br&gt;Explore ReLU, Leaky ReLU and Maxout, their derivatives and kinks.</source>
        <translation>&lt;b&gt;ReLU Lab&lt;/b&gt; %1&lt;br&gt;探索 ReLU、Leaky ReLU 和 Maxout，及其导数与折点。</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>增大文字(&amp;L)</translation>
    </message>
    <message>
        <source>Make all text larger, plots included (Ctrl+= or Ctrl++)</source>
        <translation>增大所有文字，包括图中文字（Ctrl+= 或 Ctrl++）</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>减小文字(&amp;M)</translation>
    </message>
    <message>
        <source>Make all text smaller, plots included</source>
        <translation>减小所有文字，包括图中文字</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>正常文字大小(&amp;N)</translation>
    </message>
    <message>
        <source>Back to the normal text size</source>
        <translation>恢复正常文字大小</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>高对比度(&amp;H)</translation>
    </message>
    <message>
        <source>Black on white, thicker lines and a stronger focus ring</source>
        <translation>白底黑字，线条更粗，焦点框更醒目</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>Full screen with large text and thick lines for a projector; F5 or Esc leaves</source>
        <translation>全屏、大字、粗线，适合投影仪；按 F5 或 Esc 退出</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>L&amp;eave presentation mode</source>
        <translation>退出演示模式(&amp;E)</translation>
    </message>
    <message>
        <source>Back to the normal window</source>
        <translation>回到普通窗口</translation>
    </message>
    <message>
        <source>&amp;Controls</source>
        <translation>控件(&amp;C)</translation>
    </message>
    <message>
        <source>Show or hide the control panels of both tabs; presentation mode folds them away to give the plots the room</source>
        <translation>显示或隐藏两个标签页的控制面板；演示模式会收起它们，把空间留给图</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Back to z from −10 to 10</source>
        <translation>恢复 z 从 −10 到 10</translation>
    </message>
</context>
<context>
    <name>relulab::gui::MaxoutPiecesModel</name>
    <message>
        <source>active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Piece %1 = %2 is the maximum on part of the z axis.</source>
        <translation>分段 %1 = %2 在 z 轴的一部分上是最大值。</translation>
    </message>
    <message>
        <source>Piece %1 = %2 is never the maximum: it does not shape the unit.</source>
        <translation>分段 %1 = %2 从不是最大值：它不影响神经元的形状。</translation>
    </message>
    <message>
        <source>Piece %1 = %2 repeats an earlier piece.</source>
        <translation>分段 %1 = %2 与前面的某个分段重复。</translation>
    </message>
    <message>
        <source>slope</source>
        <translation>斜率</translation>
    </message>
    <message>
        <source>intercept</source>
        <translation>截距</translation>
    </message>
    <message>
        <source>state</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Piece %1: not a number</source>
        <translation>分段 %1：不是数</translation>
    </message>
</context>
<context>
    <name>relulab::gui::NetworkDiagram</name>
    <message>
        <source>Network diagram</source>
        <translation>网络结构图</translation>
    </message>
    <message>
        <source> — collapsed</source>
        <translation> — 坍缩</translation>
    </message>
    <message>
        <source>Layer %1, unit %2</source>
        <translation>第 %1 层，神经元 %2</translation>
    </message>
    <message>
        <source>an unknown share</source>
        <translation>未知比例</translation>
    </message>
    <message>
        <source>%1: never off — sigmoid and tanh pass gradient on every example (z &gt; 0 on %2 of the training examples)</source>
        <translation>%1：从不为关 — Sigmoid 和 Tanh 在每个样本上都传递梯度（在 %2 的训练样本上 z &gt; 0）</translation>
    </message>
    <message>
        <source>%1: dead — z ≤ 0 on every training example (active on %2 of them)</source>
        <translation>%1：死亡 — 在每个训练样本上 z ≤ 0（在其中 %2 上活跃）</translation>
    </message>
    <message>
        <source>%1: inactive — z ≤ 0 on every training example, but it still passes gradient and can recover (active on %2 of them)</source>
        <translation>%1：不活跃 — 在每个训练样本上 z ≤ 0，但仍传递梯度，可以恢复（在其中 %2 上活跃）</translation>
    </message>
    <message>
        <source>%1: starved — its own kink would pass gradient (active on %2 of the training examples), but none reaches its incoming weights: every path to the output is blocked by a dead layer or zero weights, or its inputs are all 0</source>
        <translation>%1：梯度饥饿 — 它自身的折点本可传递梯度（在 %2 的训练样本上活跃），但没有梯度到达它的输入权重：通往输出的每条路径都被死亡层或零权重阻断，或者它的输入全为 0</translation>
    </message>
    <message>
        <source>%1: active — z &gt; 0 on %2 of the training examples</source>
        <translation>%1：活跃 — 在 %2 的训练样本上 z &gt; 0</translation>
    </message>
    <message>
        <source>
At the probed point: z = %1, on</source>
        <translation>
在探测点：z = %1，开</translation>
    </message>
    <message>
        <source>
At the probed point: z = %1, off</source>
        <translation>
在探测点：z = %1，关</translation>
    </message>
    <message>
        <source>No network yet. Press Play to train.</source>
        <translation>尚无网络。按“播放”开始训练。</translation>
    </message>
    <message>
        <source>%1 hidden layers, %2 units: %3 dead, %4 starved, %5 inactive but alive (counting the starved ones that are off on all data), %6 active on some data.</source>
        <translation>%1 个隐藏层，%2 个神经元：%3 个死亡，%4 个梯度饥饿，%5 个不活跃但存活（包括在所有数据上为关的梯度饥饿神经元），%6 个在部分数据上活跃。</translation>
    </message>
    <message>
        <source> Collapsed: a hidden layer is the same on every training example, so the output no longer depends on x.</source>
        <translation> 坍缩：某个隐藏层在每个训练样本上都相同，因此输出不再依赖 x。</translation>
    </message>
    <message>
        <source> Sigmoid and tanh have no off region: no unit can be dead or inactive.</source>
        <translation> Sigmoid 和 Tanh 没有关区域：没有神经元会死亡或不活跃。</translation>
    </message>
    <message>
        <source> Selected: %1.</source>
        <translation> 已选中：%1。</translation>
    </message>
    <message>
        <source>dead (its kink blocks every example)</source>
        <translation>死亡（其折点阻断每个样本）</translation>
    </message>
    <message>
        <source>dotted, ⊘: starved (no gradient reaches it)</source>
        <translation>点线、⊘：梯度饥饿（没有梯度到达）</translation>
    </message>
    <message>
        <source>dashed: inactive (z ≤ 0 on all data)</source>
        <translation>虚线：不活跃（在所有数据上 z ≤ 0）</translation>
    </message>
    <message>
        <source>hatched: where the unit is off (z ≤ 0)</source>
        <translation>斜线：神经元为关之处 (z ≤ 0)</translation>
    </message>
    <message>
        <source>grey: z ≤ 0 (sigmoid and tanh are never off)</source>
        <translation>灰色：z ≤ 0（Sigmoid 和 Tanh 从不为关）</translation>
    </message>
    <message>
        <source>on: z &gt; 0, darker = larger</source>
        <translation>开：z &gt; 0，越深越大</translation>
    </message>
    <message>
        <source>w &gt; 0 / w &lt; 0, width ∝ |w|</source>
        <translation>w &gt; 0 / w &lt; 0，线宽 ∝ |w|</translation>
    </message>
    <message>
        <source>Press Play to train</source>
        <translation>按“播放”开始训练</translation>
    </message>
    <message>
        <source>input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>第 %1 层</translation>
    </message>
    <message>
        <source>dead %1 / %2 (%3%)</source>
        <translation>死亡 %1 / %2 (%3%)</translation>
    </message>
    <message>
        <source>, starved %1</source>
        <translation>，梯度饥饿 %1</translation>
    </message>
</context>
<context>
    <name>relulab::gui::PinsPanel</name>
    <message>
        <source>Pinned curves</source>
        <translation>固定的曲线</translation>
    </message>
    <message>
        <source>None. Pin the visible curves (P), then change α or the pieces to compare with them.</source>
        <translation>无。先固定可见曲线（P），再改变 α 或分段，与之比较。</translation>
    </message>
    <message>
        <source>Pin visible</source>
        <translation>固定可见</translation>
    </message>
    <message>
        <source>Pin visible curves</source>
        <translation>固定可见曲线</translation>
    </message>
    <message>
        <source>Freeze every visible curve with its current parameters as a ghost to compare with (P); at most %1</source>
        <translation>将每条可见曲线以当前参数冻结为淡色虚影，用于比较（P）；最多 %1 条</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Clear pins</source>
        <translation>清除固定</translation>
    </message>
    <message>
        <source>Remove every pinned curve (Shift+P)</source>
        <translation>删除所有固定的曲线（Shift+P）</translation>
    </message>
    <message>
        <source>Unpin %1</source>
        <translation>取消固定 %1</translation>
    </message>
</context>
<context>
    <name>relulab::gui::ProbePanel</name>
    <message>
        <source>Calculation at the probed point</source>
        <translation>探测点处的计算</translation>
    </message>
    <message>
        <source>The selected unit&apos;s sum at the probed point: inputs × weights + bias = z, then f(z) and f′(z). Hover the data plot to probe a point, click to pin it.</source>
        <translation>选中神经元在探测点处的求和：输入 × 权重 + 偏置 = z，然后是 f(z) 和 f′(z)。鼠标悬停在数据图上即可探测某点，点击可固定该点。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Probe&lt;/b&gt;: hover the data plot to see the network at a point; click to pin it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;探测点&lt;/b&gt;：鼠标悬停在数据图上，查看网络在某点的状态；点击可固定。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Probe&lt;/b&gt;: no network yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;探测点&lt;/b&gt;：尚无网络。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>pinned: click or Esc releases, arrows move it</source>
        <translation>已固定：点击或按 Esc 释放，方向键移动</translation>
    </message>
    <message>
        <source>click to pin</source>
        <translation>点击固定</translation>
    </message>
    <message>
        <source>ŷ = %1</source>
        <translation>ŷ = %1</translation>
    </message>
    <message>
        <source>ŷ = p(class 1) = %1 → class %2</source>
        <translation>ŷ = p(类别 1) = %1 → 类别 %2</translation>
    </message>
    <message>
        <source>Probe</source>
        <translation>探测点</translation>
    </message>
    <message>
        <source>layer %1 %2 (%3 on)</source>
        <translation>第 %1 层 %2（%3 个开）</translation>
    </message>
    <message>
        <source>ŷ = %1 → class %2</source>
        <translation>ŷ = %1 → 类别 %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Linear region %1 of %2&lt;/b&gt;: pattern %3&lt;br&gt;on it the network is affine: %4 = %5&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;线性区域 %1 / %2&lt;/b&gt;：模式 %3&lt;br&gt;在该区域上网络是仿射的：%4 = %5&lt;/p&gt;</translation>
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
        <translation>&lt;p&gt;在网络结构图中选择一个神经元，即可在此查看它的求和。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Unit %1·%2&lt;/b&gt; (layer %1, unit %2), %3:&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;神经元 %1·%2&lt;/b&gt;（第 %1 层，神经元 %2），%3：&lt;/p&gt;</translation>
    </message>
    <message>
        <source>input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>× weight</source>
        <translation>× 权重</translation>
    </message>
    <message>
        <source>× w&lt;sub&gt;%1&lt;/sub&gt;</source>
        <translation>× w&lt;sub&gt;%1&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>= term</source>
        <translation>= 项</translation>
    </message>
    <message>
        <source>+ bias</source>
        <translation>+ 偏置</translation>
    </message>
    <message>
        <source>= piece</source>
        <translation>= 分段</translation>
    </message>
    <message>
        <source> (piece %1 wins)</source>
        <translation>（分段 %1 最大）</translation>
    </message>
    <message>
        <source>&lt;br&gt;z = 0 exactly: the kink. f′(0) = %1 is the %2 convention&apos;s value.</source>
        <translation>&lt;br&gt;z 恰好为 0：折点。f′(0) = %1 是%2约定的取值。</translation>
    </message>
    <message>
        <source>&lt;br&gt;On: z &gt; 0, the unit passes its input.</source>
        <translation>&lt;br&gt;开：z &gt; 0，神经元让输入通过。</translation>
    </message>
    <message>
        <source>&lt;br&gt;Off: z ≤ 0, the unit passes %1.</source>
        <translation>&lt;br&gt;关：z ≤ 0，神经元输出%1。</translation>
    </message>
    <message>
        <source>nothing (0)</source>
        <translation>零 (0)</translation>
    </message>
    <message>
        <source>its slope × z</source>
        <translation>其斜率 × z</translation>
    </message>
</context>
<context>
    <name>relulab::gui::SessionDocument</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Removed from Open Recent (no longer there): %1</source>
        <translation>已从“最近打开”中移除（文件已不存在）：%1</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>%1[*] — ReLU Lab</source>
        <translation>%1[*] — ReLU Lab</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source> (without the diverged network: the run starts at step 0 when opened)</source>
        <translation>（不含已发散的网络：打开后训练从第 0 步开始）</translation>
    </message>
    <message>
        <source>Saved %1%2</source>
        <translation>已保存 %1%2</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the changes to %1 first?</source>
        <translation>先将更改保存到 %1 吗？</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>新建会话</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>打开会话</translation>
    </message>
    <message>
        <source>Could not open the session</source>
        <translation>无法打开会话</translation>
    </message>
    <message>
        <source>%1 was not opened:</source>
        <translation>未打开 %1：</translation>
    </message>
    <message>
        <source>%1

Nothing in the open session was changed.</source>
        <translation>%1

当前打开的会话没有任何改变。</translation>
    </message>
    <message>
        <source>Could not save the session</source>
        <translation>无法保存会话</translation>
    </message>
    <message>
        <source>%1 was not saved:
%2

The file on disk was left as it was.</source>
        <translation>未保存 %1：
%2

磁盘上的文件保持原样。</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>保存会话</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Session not found</source>
        <translation>找不到会话</translation>
    </message>
    <message>
        <source>%1 no longer exists; it was removed from Open Recent.</source>
        <translation>%1 已不存在；已从“最近打开”中移除。</translation>
    </message>
    <message>
        <source>No recent sessions</source>
        <translation>没有最近的会话</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <source>Forget the recently opened and saved sessions</source>
        <translation>清除最近打开和保存的会话记录</translation>
    </message>
    <message>
        <source>The last session could not be restored (%1): %2. Started a new one.</source>
        <translation>无法恢复上次的会话（%1）：%2。已新建会话。</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
</context>
<context>
    <name>relulab::gui::ShortcutSheet</name>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>On the plot, when it has focus</source>
        <translation>在图上（图获得焦点时）</translation>
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
        <translation>沿 z 移动光标</translation>
    </message>
    <message>
        <source>It stops on every kink; the readout names the subgradient there</source>
        <translation>光标在每个折点处停下；读数显示该处的次梯度</translation>
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
        <translation>改变 α 或选中的 Maxout 分段</translation>
    </message>
    <message>
        <source>α by 0.01, a piece&apos;s intercept by 0.1</source>
        <translation>α 每次 0.01，分段截距每次 0.1</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Choose what ↑ ↓ change</source>
        <translation>选择 ↑ ↓ 改变的对象</translation>
    </message>
    <message>
        <source>α, then each maxout piece in turn</source>
        <translation>先是 α，然后依次是每个 Maxout 分段</translation>
    </message>
    <message>
        <source>Shift + arrows</source>
        <translation>Shift + 方向键</translation>
    </message>
    <message>
        <source>Finer steps</source>
        <translation>更细的步长</translation>
    </message>
    <message>
        <source>A tenth of the normal step</source>
        <translation>正常步长的十分之一</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>控件</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Shift+Tab</source>
        <translation>Shift+Tab</translation>
    </message>
    <message>
        <source>Next or previous control</source>
        <translation>下一个或上一个控件</translation>
    </message>
    <message>
        <source>The focused control has a ring round it</source>
        <translation>获得焦点的控件周围有一个框</translation>
    </message>
    <message>
        <source>Arrows</source>
        <translation>方向键</translation>
    </message>
    <message>
        <source>Change a slider or spin box</source>
        <translation>调整滑块或数值框</translation>
    </message>
    <message>
        <source>With Shift: a tenth of the step</source>
        <translation>按住 Shift：步长的十分之一</translation>
    </message>
    <message>
        <source> on the diagram</source>
        <translation> （在网络结构图上）</translation>
    </message>
    <message>
        <source>Select a unit of the network</source>
        <translation>选择网络中的一个神经元</translation>
    </message>
    <message>
        <source>Home selects none</source>
        <translation>Home 取消选择</translation>
    </message>
    <message>
        <source>Shortcut list</source>
        <translation>快捷键列表</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of ReLU Lab, grouped by menu, then the keys of the plot and of the controls</source>
        <translation>ReLU Lab 的所有键盘快捷键，按菜单分组，然后是图和控件的按键</translation>
    </message>
    <message>
        <source>Every keyboard shortcut, grouped by menu</source>
        <translation>所有键盘快捷键，按菜单分组</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close the shortcut list (Esc)</source>
        <translation>关闭快捷键列表（Esc）</translation>
    </message>
</context>
<context>
    <name>relulab::gui::TimelineBar</name>
    <message>
        <source>Timeline</source>
        <translation>时间轴</translation>
    </message>
    <message>
        <source>Step shown</source>
        <translation>显示的步</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>Show the newest step</source>
        <translation>显示最新的步</translation>
    </message>
    <message>
        <source>Show the run&apos;s newest step again (End). Play also goes on from there.</source>
        <translation>重新显示训练最新的步（End）。“播放”也从那里继续。</translation>
    </message>
    <message>
        <source>Continue from here…</source>
        <translation>从此处继续…</translation>
    </message>
    <message>
        <source>Continue from the step shown</source>
        <translation>从显示的步继续训练</translation>
    </message>
    <message>
        <source>Discard the history after the step shown and train on from it, exactly as a run that had stopped there would</source>
        <translation>丢弃显示的步之后的历史并从该步继续训练，与在那里停下的训练完全一样</translation>
    </message>
    <message>
        <source>unit %1·%2</source>
        <translation>神经元 %1·%2</translation>
    </message>
    <message>
        <source>%1 never died</source>
        <translation>%1 从未死亡</translation>
    </message>
    <message>
        <source>Continue from step %1?</source>
        <translation>从第 %1 步继续？</translation>
    </message>
    <message>
        <source>Train on from step %1 and discard the history after it (steps %2 to %3)?</source>
        <translation>从第 %1 步继续训练，并丢弃其后的历史（第 %2 步到第 %3 步）？</translation>
    </message>
    <message>
        <source>Continue from step %1</source>
        <translation>从第 %1 步继续</translation>
    </message>
    <message>
        <source>The run goes on exactly as a run that had stopped at step %1 would: same weights, optimizer state and batch order.</source>
        <translation>训练的继续方式与在第 %1 步停下的训练完全相同：相同的权重、优化器状态和批次顺序。</translation>
    </message>
    <message>
        <source>Showing step %1 of %2</source>
        <translation>显示第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>Which step every view shows</source>
        <translation>各视图显示哪一步</translation>
    </message>
    <message>
        <source>Selected unit&apos;s history</source>
        <translation>选中神经元的历史</translation>
    </message>
    <message>
        <source>When the selected unit died and revived in the run&apos;s history</source>
        <translation>选中神经元在训练历史中何时死亡、何时复活</translation>
    </message>
    <message>
        <source>Newest step</source>
        <translation>最新一步</translation>
    </message>
</context>
<context>
    <name>relulab::gui::TimelineTrack</name>
    <message>
        <source>Training timeline</source>
        <translation>训练时间轴</translation>
    </message>
    <message>
        <source>The run&apos;s history: drag or click to show a kept step in every view; ←/→ one kept step, PgUp/PgDn a tenth of the run, Home the start, End or Esc the newest step. ▼ a unit died, ▲ it revived.</source>
        <translation>训练历史：拖动或点击，在各视图中显示某个保存的步；←/→ 移动一个保存的步，PgUp/PgDn 移动训练的十分之一，Home 到开头，End 或 Esc 到最新的步。▼ 神经元死亡，▲ 神经元复活。</translation>
    </message>
</context>
<context>
    <name>relulab::gui::TrainingCurves</name>
    <message>
        <source>Training curves</source>
        <translation>训练曲线</translation>
    </message>
    <message>
        <source>Loss over training steps (train: solid line, test: dashed line) on the left axis and the share of dead hidden units (thick grey step line) on the right axis. When two runs are compared: each run&apos;s train loss (thin) and dead share (thick step line), the main run solid blue, the second run dashed vermillion; the legend names each run with its dead units. On the outer right axis, the number of linear regions of the main run&apos;s network in the input view&apos;s box (dash-dot line; triangles where the count stopped at its limit), with a thin line for the most a one-hidden-layer net can have or a dotted line for the scale of a deeper one.</source>
        <translation>左轴：损失随训练步的变化（训练：实线，测试：虚线）；右轴：死亡隐藏神经元的比例（灰色粗阶梯线）。比较两次训练时：每次训练的训练损失（细线）和死亡比例（粗阶梯线），主训练为蓝色实线，第二次训练为朱红色虚线；图例列出每次训练及其死亡神经元。最外侧右轴：主训练网络在输入视图框内的线性区域数（点划线；计数达到上限处为三角形），细线表示单隐藏层网络的最大可能值，点线表示更深网络的量级。</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>dead units (%)</source>
        <translation>死亡神经元 (%)</translation>
    </message>
    <message>
        <source>linear regions</source>
        <translation>线性区域</translation>
    </message>
    <message>
        <source>dead (%)</source>
        <translation>死亡 (%)</translation>
    </message>
    <message>
        <source>loss (log scale)</source>
        <translation>损失（对数刻度）</translation>
    </message>
    <message>
        <source>log loss</source>
        <translation>对数损失</translation>
    </message>
    <message>
        <source>regions</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>%1: %2 / %3 dead (%4%)</source>
        <translation>%1：%2 / %3 死亡 (%4%)</translation>
    </message>
    <message>
        <source>train loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <source>test loss</source>
        <translation>测试损失</translation>
    </message>
    <message>
        <source>dead units</source>
        <translation>死亡神经元</translation>
    </message>
    <message>
        <source>≥: more regions than the limit</source>
        <translation>≥：区域数超过上限</translation>
    </message>
    <message>
        <source>linear regions (%1)</source>
        <translation>线性区域（%1）</translation>
    </message>
    <message>
        <source>max %1 = N + 1</source>
        <translation>最多 %1 = N + 1</translation>
    </message>
    <message>
        <source>At most %1 intervals: each of the N = %2 hidden units bends the output at most once along x, and %2 kinks cut the line into at most N + 1 = %1 intervals. Inside the view&apos;s range there can only be fewer.</source>
        <translation>最多 %1 个区间：N = %2 个隐藏神经元中的每一个沿 x 最多使输出弯折一次，%2 个折点最多把直线分成 N + 1 = %1 个区间。在视图范围内只会更少。</translation>
    </message>
    <message>
        <source>max %1 (Zaslavsky)</source>
        <translation>最多 %1 (Zaslavsky)</translation>
    </message>
    <message>
        <source>~ units = %1</source>
        <translation>~ 神经元数 = %1</translation>
    </message>
    <message>
        <source>~ (units)² = %1</source>
        <translation>~ (神经元数)² = %1</translation>
    </message>
    <message>
        <source>At most %1 regions: the N = %2 hidden units are %2 lines in the plane, and %2 lines in general position cut it into 1 + N + N(N−1)/2 = %1 regions (Zaslavsky 1975). Inside the view&apos;s box there can only be fewer: 1 + (lines crossing the box) + (crossings inside it).</source>
        <translation>最多 %1 个区域：N = %2 个隐藏神经元是平面上的 %2 条直线，处于一般位置的 %2 条直线把平面分成 1 + N + N(N−1)/2 = %1 个区域（Zaslavsky 1975）。在视图框内只会更少：1 +（穿过框的直线数）+（框内的交点数）。</translation>
    </message>
    <message>
        <source>A scale, not an exact limit: for a 1-D input, the average number of linear pieces of a ReLU network at initialisation is bounded by about (number of hidden units)¹ = %1, independent of depth, and stays near that in training (Hanin &amp; Rolnick 2019, “Deep ReLU Networks Have Surprisingly Few Activation Patterns”). The most a deep net can have grows exponentially with depth (Montúfar et al. 2014).</source>
        <translation>这是量级，而非精确上限：对于一维输入，ReLU 网络在初始化时线性分段的平均数约以（隐藏神经元数）¹ = %1 为界，与深度无关，训练中也保持在该值附近（Hanin &amp; Rolnick 2019, “Deep ReLU Networks Have Surprisingly Few Activation Patterns”）。深层网络可能拥有的最大数量随深度指数增长（Montúfar et al. 2014）。</translation>
    </message>
    <message>
        <source>A scale, not an exact limit: for a 2-D input, the average number of regions of a ReLU network at initialisation is bounded by about (number of hidden units)² = %1 × %1 = %2, independent of depth, and stays near that in training (Hanin &amp; Rolnick 2019, “Deep ReLU Networks Have Surprisingly Few Activation Patterns”). The most a deep net can have grows exponentially with depth (Montúfar et al. 2014).</source>
        <translation>这是量级，而非精确上限：对于二维输入，ReLU 网络在初始化时区域的平均数约以（隐藏神经元数）² = %1 × %1 = %2 为界，与深度无关，训练中也保持在该值附近（Hanin &amp; Rolnick 2019, “Deep ReLU Networks Have Surprisingly Few Activation Patterns”）。深层网络可能拥有的最大数量随深度指数增长（Montúfar et al. 2014）。</translation>
    </message>
    <message>
        <source>dead, layer %1</source>
        <translation>死亡，第 %1 层</translation>
    </message>
</context>
<context>
    <name>relulab::gui::TrainingPanel</name>
    <message>
        <source>Training controls</source>
        <translation>训练控件</translation>
    </message>
    <message>
        <source>Training message</source>
        <translation>训练消息</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>播放或暂停</translation>
    </message>
    <message>
        <source>Start or pause training (Space)</source>
        <translation>开始或暂停训练（空格）</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>Train one mini-batch step (N)</source>
        <translation>训练一个小批量步（N）</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Start over from step 0 with the same seed: the identical run (Ctrl+R)</source>
        <translation>用相同的随机种子从第 0 步重新开始：完全相同的训练（Ctrl+R）</translation>
    </message>
    <message>
        <source>Training speed</source>
        <translation>训练速度</translation>
    </message>
    <message>
        <source>Steps per second, from 1 to 10,000; far right: as fast as possible</source>
        <translation>每秒步数，从 1 到 10,000；最右端：尽可能快</translation>
    </message>
    <message>
        <source>Training speed value</source>
        <translation>训练速度值</translation>
    </message>
    <message>
        <source>Steps per second</source>
        <translation>每秒步数</translation>
    </message>
    <message>
        <source>%1 steps/s</source>
        <translation>%1 步/秒</translation>
    </message>
    <message>
        <source>speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>The toy data set: 2-D classification (circle, xor, ...), class by a curve (above-sine, above-cubic, above-abs) or 1-D regression (abs, sine, step)</source>
        <translation>玩具数据集：二维分类（circle、xor 等）、按曲线分类（above-sine、above-cubic、above-abs）或一维回归（abs、sine、step）</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <source>Noise added to the examples, in the data&apos;s units</source>
        <translation>加到样本上的噪声，以数据本身的单位计</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>Number of examples; 20% are held out for testing</source>
        <translation>样本数量；其中 20% 留作测试</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>导入 CSV</translation>
    </message>
    <message>
        <source>Train on your own examples: rows x1,x2,label or x,y</source>
        <translation>用自己的样本训练：每行 x1,x2,label 或 x,y</translation>
    </message>
    <message>
        <source>set</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>Class a click adds</source>
        <translation>点击添加的类别</translation>
    </message>
    <message>
        <source>Click the data plot to add an example of this class; Shift+click removes the nearest example. The run starts over on the new data.</source>
        <translation>点击数据图添加该类别的样本；Shift+点击删除最近的样本。训练会在新数据上重新开始。</translation>
    </message>
    <message>
        <source>Ctrl+click adds class 1 (● blue)</source>
        <translation>Ctrl+点击添加类别 1（● 蓝色）</translation>
    </message>
    <message>
        <source>Ctrl+click adds class 0 (▲ orange)</source>
        <translation>Ctrl+点击添加类别 0（▲ 橙色）</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Hidden layer widths</source>
        <translation>隐藏层宽度</translation>
    </message>
    <message>
        <source>Widths of the hidden layers, e.g. 8,8 (1 to 12 layers of 1 to 32 units)</source>
        <translation>各隐藏层的宽度，例如 8,8（1 到 12 层，每层 1 到 32 个神经元）</translation>
    </message>
    <message>
        <source>+ layer</source>
        <translation>+ 层</translation>
    </message>
    <message>
        <source>Add layer</source>
        <translation>添加层</translation>
    </message>
    <message>
        <source>Add a hidden layer as wide as the last</source>
        <translation>添加一个与最后一层同宽的隐藏层</translation>
    </message>
    <message>
        <source>− layer</source>
        <translation>− 层</translation>
    </message>
    <message>
        <source>Remove layer</source>
        <translation>删除层</translation>
    </message>
    <message>
        <source>Remove the last hidden layer</source>
        <translation>删除最后一个隐藏层</translation>
    </message>
    <message>
        <source>widths</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>Initialisation</source>
        <translation>初始化</translation>
    </message>
    <message>
        <source>He normal N(0, gain/fan-in), He uniform (the same variance), or Xavier uniform U(±√(6/(fan-in + fan-out))). He&apos;s gain is 2 for ReLU, 2/(1 + a²) for Leaky and PReLU (a = α, or PReLU&apos;s initial 0.25), and 1/E[Mₖ²] for maxout of k pieces, Mₖ the largest of k standard normals: 1, 0.78, 0.64, 0.56 for k = 2 … 5 (He&apos;s 2 would make maxout layers grow).</source>
        <translation>He 正态 N(0, gain/fan-in)、He 均匀（方差相同）或 Xavier 均匀 U(±√(6/(fan-in + fan-out)))。He 增益对 ReLU 为 2，对 Leaky 和 PReLU 为 2/(1 + a²)（a = α，或 PReLU 的初始值 0.25），对 k 个分段的 Maxout 为 1/E[Mₖ²]，Mₖ 为 k 个标准正态变量中的最大值：k = 2 … 5 时为 1、0.78、0.64、0.56（He 的 2 会使 Maxout 层不断变大）。</translation>
    </message>
    <message>
        <source>He normal</source>
        <translation>He 正态</translation>
    </message>
    <message>
        <source>He uniform</source>
        <translation>He 均匀</translation>
    </message>
    <message>
        <source>Xavier</source>
        <translation>Xavier</translation>
    </message>
    <message>
        <source>init</source>
        <translation>初始化</translation>
    </message>
    <message>
        <source>Bias init</source>
        <translation>偏置初始值</translation>
    </message>
    <message>
        <source>bias init</source>
        <translation>偏置初值</translation>
    </message>
    <message>
        <source>Hidden activation</source>
        <translation>隐藏层激活函数</translation>
    </message>
    <message>
        <source>ReLU, Leaky ReLU (slope α), PReLU (a learned slope per unit, starts at 0.25; PyTorch&apos;s nn.PReLU shares one slope per layer by default), Maxout (k pieces), or for comparison sigmoid and tanh. Switching between ReLU, Leaky, PReLU, sigmoid and tanh keeps the weights: dead units can come back. Switching to or from Maxout starts a new network.</source>
        <translation>ReLU、Leaky ReLU（斜率 α）、PReLU（每个神经元一个可学习的斜率，初始为 0.25；PyTorch 的 nn.PReLU 默认每层共享一个斜率）、Maxout（k 个分段），或用于对比的 Sigmoid 和 Tanh。在 ReLU、Leaky、PReLU、Sigmoid 和 Tanh 之间切换会保留权重：死亡神经元可以复活。切换到 Maxout 或从 Maxout 切换会新建网络。</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>max(0, z): flat for z &lt; 0</source>
        <translation>max(0, z)：z &lt; 0 时平坦</translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <source>z for z &gt; 0, α·z otherwise</source>
        <translation>z &gt; 0 时为 z，否则为 α·z</translation>
    </message>
    <message>
        <source>PReLU</source>
        <translation>PReLU</translation>
    </message>
    <message>
        <source>Leaky ReLU whose slope α is learned, one per unit</source>
        <translation>斜率 α 可学习的 Leaky ReLU，每个神经元一个</translation>
    </message>
    <message>
        <source>Maxout</source>
        <translation>Maxout</translation>
    </message>
    <message>
        <source>The largest of k affine pieces, each with its own weights</source>
        <translation>k 个仿射分段中的最大值，每个分段有自己的权重</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation>Sigmoid</translation>
    </message>
    <message>
        <source>σ(z) = 1/(1+e⁻ᶻ): saturates on both sides, σ′ ≤ 1/4, so gradients vanish in deep nets. Never dead. Xavier is the initialisation derived for it.</source>
        <translation>σ(z) = 1/(1+e⁻ᶻ)：两侧饱和，σ′ ≤ 1/4，因此在深层网络中梯度消失。不会死亡。Xavier 就是为它推导的初始化。</translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <source>tanh(z): saturates on both sides, tanh′ ≤ 1, so gradients shrink in deep nets. Never dead. Xavier is the initialisation derived for it.</source>
        <translation>tanh(z)：两侧饱和，tanh′ ≤ 1，因此在深层网络中梯度缩小。不会死亡。Xavier 就是为它推导的初始化。</translation>
    </message>
    <message>
        <source>Leaky slope alpha</source>
        <translation>Leaky 斜率 alpha</translation>
    </message>
    <message>
        <source>Leaky ReLU slope α for z &lt; 0, in [0, 1)</source>
        <translation>Leaky ReLU 在 z &lt; 0 时的斜率 α，范围 [0, 1)</translation>
    </message>
    <message>
        <source>Maxout pieces</source>
        <translation>Maxout 分段数</translation>
    </message>
    <message>
        <source>Pieces per maxout unit, 2 to 5</source>
        <translation>每个 Maxout 神经元的分段数，2 到 5</translation>
    </message>
    <message>
        <source>Optimiser</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>SGD, SGD with momentum 0.9, or Adam</source>
        <translation>SGD、动量为 0.9 的 SGD，或 Adam</translation>
    </message>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>动量法</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>optimiser</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Step size; can be changed while training runs. Too high kills ReLU units or makes the loss diverge</source>
        <translation>步长；训练过程中可以修改。过高会杀死 ReLU 神经元或使损失发散</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>Examples per step</source>
        <translation>每步的样本数</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>L2 weight decay</source>
        <translation>L2 权重衰减</translation>
    </message>
    <message>
        <source>L2 penalty on the weights (not biases)</source>
        <translation>对权重（不含偏置）的 L2 惩罚</translation>
    </message>
    <message>
        <source>L2</source>
        <translation>L2</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Seed of the data, the initial weights and the batch order: same seed, same run</source>
        <translation>数据、初始权重和批次顺序的随机种子：种子相同，训练相同</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>max</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Every hidden bias starts here; a strongly negative value (e.g. −2) kills ReLU units on purpose</source>
        <translation>每个隐藏层偏置的初始值；取很负的值（例如 −2）会故意杀死 ReLU 神经元</translation>
    </message>
</context>
<context>
    <name>relulab::gui::TrainingTab</name>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Training controls</source>
        <translation>训练控件</translation>
    </message>
    <message>
        <source>Training status</source>
        <translation>训练状态</translation>
    </message>
    <message>
        <source>Step, losses, test accuracy, dead and starved units, whether the network has collapsed, and training speed</source>
        <translation>步、损失、测试准确率、死亡和梯度饥饿的神经元、网络是否坍缩，以及训练速度</translation>
    </message>
    <message>
        <source>The examples (filled: training, hollow: test), the network&apos;s prediction and, hatched, where the selected unit is off (z ≤ 0).
Hover: probe the network at a point, and every view follows. Click: pin the probe; click again or Esc: release it; arrow keys move a pinned probe (Shift: finer).
Ctrl+click: add an example; Shift+click: remove the nearest.</source>
        <translation>样本（实心：训练，空心：测试）、网络的预测，以及选中神经元为关之处（z ≤ 0，斜线）。
悬停：在某点探测网络，各视图随之变化。点击：固定探测点；再次点击或按 Esc：释放；方向键移动已固定的探测点（Shift：更细）。
Ctrl+点击：添加样本；Shift+点击：删除最近的样本。</translation>
    </message>
    <message>
        <source>Training and test loss, the share of dead hidden units and the number of linear regions in the input view&apos;s box, against the step (when comparing, the regions are the main run&apos;s). Hover a reference line to see what it means.</source>
        <translation>训练损失和测试损失、死亡隐藏神经元的比例，以及输入视图框内的线性区域数随步的变化（比较时，区域数为主训练的）。鼠标悬停在参考线上可查看其含义。</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Play&lt;/b&gt; (Space) to train.</source>
        <translation>按&lt;b&gt;播放&lt;/b&gt;（空格）开始训练。</translation>
    </message>
    <message>
        <source>Pre-activation histogram</source>
        <translation>预激活直方图</translation>
    </message>
    <message>
        <source>How the selected unit&apos;s pre-activation z is spread over the training data; left of 0 (shaded) the ReLU is off</source>
        <translation>选中神经元的预激活 z 在训练数据上的分布；0 左侧（阴影）ReLU 为关</translation>
    </message>
    <message>
        <source>Bars: how many training examples give each value of the selected unit&apos;s pre-activation z. The hatched area left of z = 0 is where a ReLU is off; a dead unit has every bar there.</source>
        <translation>柱：选中神经元的预激活 z 取各个值的训练样本数。z = 0 左侧的斜线区域是 ReLU 为关之处；死亡神经元的所有柱都在那里。</translation>
    </message>
    <message>
        <source>z of the selected unit</source>
        <translation>选中神经元的 z</translation>
    </message>
    <message>
        <source>examples</source>
        <translation>样本</translation>
    </message>
    <message>
        <source>step &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>第 &lt;b&gt;%1&lt;/b&gt; 步</translation>
    </message>
    <message>
        <source>loss &lt;b&gt;%1&lt;/b&gt; (test %2)</source>
        <translation>损失 &lt;b&gt;%1&lt;/b&gt;（测试 %2）</translation>
    </message>
    <message>
        <source>test accuracy &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>测试准确率 &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>dead &lt;b&gt;%1 / %2&lt;/b&gt; (%3)</source>
        <translation>死亡 &lt;b&gt;%1 / %2&lt;/b&gt; (%3)</translation>
    </message>
    <message>
        <source>starved &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>梯度饥饿 &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>collapsed: the output is the same for every training input</source>
        <translation>坍缩：对每个训练输入，输出都相同</translation>
    </message>
    <message>
        <source>%1 examples/s</source>
        <translation>%1 样本/秒</translation>
    </message>
    <message>
        <source>unit %1·%2</source>
        <translation>神经元 %1·%2</translation>
    </message>
    <message>
        <source>select a unit in the diagram</source>
        <translation>在网络结构图中选择一个神经元</translation>
    </message>
    <message>
        <source>z of %1 on the training data</source>
        <translation>%1 在训练数据上的 z</translation>
    </message>
    <message>
        <source>Compare: %1</source>
        <translation>比较：%1</translation>
    </message>
    <message>
        <source>This run: %1</source>
        <translation>本次训练：%1</translation>
    </message>
    <message>
        <source>ŷ = %1 → class %2</source>
        <translation>ŷ = %1 → 类别 %2</translation>
    </message>
    <message>
        <source> · region %1</source>
        <translation> · 区域 %1</translation>
    </message>
    <message>
        <source>unit %1·%2 at the probe</source>
        <translation>探测点处的神经元 %1·%2</translation>
    </message>
    <message>
        <source>
In the run&apos;s history: %1</source>
        <translation>
训练历史中：%1</translation>
    </message>
    <message>
        <source>showing kept step &lt;b&gt;%1&lt;/b&gt; of %2</source>
        <translation>显示保存的第 &lt;b&gt;%1&lt;/b&gt; 步，共 %2 步</translation>
    </message>
</context>
<context>
    <name>relulab::session::ExplorerState</name>
    <message>
        <source>there is no maxout piece %1</source>
        <translation>没有 Maxout 分段 %1</translation>
    </message>
    <message>
        <source>the number of samples must be between 2 and 1000000</source>
        <translation>采样点数必须在 2 到 1000000 之间</translation>
    </message>
</context>
<context>
    <name>relulab::session::TrainingSetupModel</name>
    <message>
        <source>the number of samples must be between %1 and %2</source>
        <translation>样本数必须在 %1 到 %2 之间</translation>
    </message>
    <message>
        <source>the noise must be a number in [0, 10]</source>
        <translation>噪声必须是 [0, 10] 内的数</translation>
    </message>
</context>
<context>
    <name>relulab::session::TrainingWorker</name>
    <message>
        <source>loss became %1 at step %2 — learning rate too high? Reset to start over.</source>
        <translation>损失在第 %2 步变为 %1 — 学习率过高？请重置以重新开始。</translation>
    </message>
    <message>
        <source>infinite</source>
        <translation>无穷大</translation>
    </message>
    <message>
        <source>a weight became NaN or infinite by step %1 — learning rate too high? Reset to start over.</source>
        <translation>到第 %1 步时某个权重变为 NaN 或无穷大 — 学习率过高？请重置以重新开始。</translation>
    </message>
    <message>
        <source>Shown: the network at step %1, its last finite state.</source>
        <translation>显示的是第 %1 步的网络，即其最后一个有限状态。</translation>
    </message>
</context>
</TS>
