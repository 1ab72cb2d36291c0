<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AnimationWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>an empty frame</source>
        <translation>um quadro vazio</translation>
    </message>
    <message>
        <source>the animation was not started</source>
        <translation>a animação não foi iniciada</translation>
    </message>
    <message>
        <source>no frames to encode</source>
        <translation>nenhum quadro para codificar</translation>
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
        <translation>Controles do explorador</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>Funções</translation>
    </message>
    <message>
        <source>&amp;ReLU  (solid)</source>
        <translation>&amp;ReLU  (contínua)</translation>
    </message>
    <message>
        <source>Show ReLU(z) = max(0, z) and its derivative (blue, solid line, round markers).</source>
        <translation>Mostra ReLU(z) = max(0, z) e sua derivada (azul, linha contínua, marcadores redondos).</translation>
    </message>
    <message>
        <source>Show ReLU</source>
        <translation>Mostrar ReLU</translation>
    </message>
    <message>
        <source>&amp;Leaky ReLU  (dashed)</source>
        <translation>&amp;Leaky ReLU  (tracejada)</translation>
    </message>
    <message>
        <source>Show Leaky ReLU(z) = max(αz, z) and its derivative (vermillion, dashed line, square markers).</source>
        <translation>Mostra Leaky ReLU(z) = max(αz, z) e sua derivada (vermelhão, linha tracejada, marcadores quadrados).</translation>
    </message>
    <message>
        <source>Show Leaky ReLU</source>
        <translation>Mostrar Leaky ReLU</translation>
    </message>
    <message>
        <source>&amp;Maxout  (dash-dot)</source>
        <translation>&amp;Maxout  (traço-ponto)</translation>
    </message>
    <message>
        <source>Show the maxout unit max_i(w_i z + b_i), its pieces and its derivative (bluish green, dash-dot line, diamond markers).</source>
        <translation>Mostra o neurônio maxout max_i(w_i z + b_i), suas peças e sua derivada (verde-azulado, linha traço-ponto, marcadores em losango).</translation>
    </message>
    <message>
        <source>Show Maxout</source>
        <translation>Mostrar Maxout</translation>
    </message>
    <message>
        <source>Smooth cousins ▾</source>
        <translation>Variantes suaves ▾</translation>
    </message>
    <message>
        <source>Show smooth activations for contrast: no kink, the derivative never jumps.</source>
        <translation>Mostra ativações suaves para contraste: sem quina, a derivada nunca salta.</translation>
    </message>
    <message>
        <source>Show the smooth cousins</source>
        <translation>Mostrar as variantes suaves</translation>
    </message>
    <message>
        <source>Smooth cousins</source>
        <translation>Variantes suaves</translation>
    </message>
    <message>
        <source>Softplus  (dotted)</source>
        <translation>Softplus  (pontilhada)</translation>
    </message>
    <message>
        <source>Softplus(z) = log(1 + e^(βz)) / β: a smooth ReLU.</source>
        <translation>Softplus(z) = log(1 + e^(βz)) / β: uma ReLU suave.</translation>
    </message>
    <message>
        <source>Show Softplus</source>
        <translation>Mostrar Softplus</translation>
    </message>
    <message>
        <source>Softplus sharpness β (&gt; 0): the larger, the closer to ReLU.</source>
        <translation>Nitidez β da Softplus (&gt; 0): quanto maior, mais próxima da ReLU.</translation>
    </message>
    <message>
        <source>Softplus beta</source>
        <translation>Beta da Softplus</translation>
    </message>
    <message>
        <source>ELU  (dash-dot-dot)</source>
        <translation>ELU  (traço-ponto-ponto)</translation>
    </message>
    <message>
        <source>ELU(z) = z for z &gt; 0, e^z − 1 otherwise (α = 1).</source>
        <translation>ELU(z) = z para z &gt; 0, e^z − 1 caso contrário (α = 1).</translation>
    </message>
    <message>
        <source>Show ELU</source>
        <translation>Mostrar ELU</translation>
    </message>
    <message>
        <source>GELU  (long dashes)</source>
        <translation>GELU  (traços longos)</translation>
    </message>
    <message>
        <source>GELU(z) = z · Φ(z), Φ the standard normal CDF.</source>
        <translation>GELU(z) = z · Φ(z), Φ a CDF da normal padrão.</translation>
    </message>
    <message>
        <source>Show GELU</source>
        <translation>Mostrar GELU</translation>
    </message>
    <message>
        <source>SiLU  (fine dots)</source>
        <translation>SiLU  (pontos finos)</translation>
    </message>
    <message>
        <source>SiLU(z) = z · σ(z), also called swish.</source>
        <translation>SiLU(z) = z · σ(z), também chamada swish.</translation>
    </message>
    <message>
        <source>Show SiLU</source>
        <translation>Mostrar SiLU</translation>
    </message>
    <message>
        <source>Sigmoid  (long dash-dot)</source>
        <translation>Sigmoid  (traço longo-ponto)</translation>
    </message>
    <message>
        <source>σ(z) = 1 / (1 + e^−z), what ReLU replaced: it saturates on both sides and σ′ ≤ 1/4 (at 0), so gradients vanish through many layers.</source>
        <translation>σ(z) = 1 / (1 + e^−z), o que a ReLU substituiu: satura dos dois lados e σ′ ≤ 1/4 (em 0), então os gradientes desaparecem ao longo de muitas camadas.</translation>
    </message>
    <message>
        <source>Show Sigmoid</source>
        <translation>Mostrar Sigmoid</translation>
    </message>
    <message>
        <source>Tanh  (very long dashes)</source>
        <translation>Tanh  (traços muito longos)</translation>
    </message>
    <message>
        <source>tanh(z) = (e^z − e^−z) / (e^z + e^−z): saturates on both sides, tanh′ ≤ 1 (at 0), zero-centred.</source>
        <translation>tanh(z) = (e^z − e^−z) / (e^z + e^−z): satura dos dois lados, tanh′ ≤ 1 (em 0), centrada em zero.</translation>
    </message>
    <message>
        <source>Show Tanh</source>
        <translation>Mostrar Tanh</translation>
    </message>
    <message>
        <source>Leaky slope α</source>
        <translation>Inclinação α</translation>
    </message>
    <message>
        <source>Leaky ReLU negative slope α. Fine steps near 0; the spin box takes any value in [−1, 1]. Also: drag the dashed curve left of 0 on the plot.</source>
        <translation>Inclinação negativa α da Leaky ReLU. Passos finos perto de 0; a caixa numérica aceita qualquer valor em [−1, 1]. Também: arraste a curva tracejada à esquerda de 0 no gráfico.</translation>
    </message>
    <message>
        <source>Leaky slope alpha slider</source>
        <translation>Controle deslizante da inclinação alfa</translation>
    </message>
    <message>
        <source>Leaky ReLU negative slope α in [−1, 1] (PyTorch default 0.01, Keras 0.3, PReLU starts at 0.25).</source>
        <translation>Inclinação negativa α da Leaky ReLU em [−1, 1] (padrão do PyTorch 0,01, Keras 0,3, PReLU começa em 0,25).</translation>
    </message>
    <message>
        <source>Leaky slope alpha</source>
        <translation>Inclinação alfa</translation>
    </message>
    <message>
        <source>Input range z</source>
        <translation>Intervalo de entrada z</translation>
    </message>
    <message>
        <source>lo</source>
        <translation>mín</translation>
    </message>
    <message>
        <source>Left end of the z range. Also: drag empty plot space to pan, wheel to zoom.</source>
        <translation>Extremo esquerdo do intervalo de z. Também: arraste uma área vazia do gráfico para deslocar, use a roda para dar zoom.</translation>
    </message>
    <message>
        <source>Range low slider</source>
        <translation>Controle deslizante do limite inferior</translation>
    </message>
    <message>
        <source>Left end of the z range (must be below hi).</source>
        <translation>Extremo esquerdo do intervalo de z (deve ficar abaixo de máx).</translation>
    </message>
    <message>
        <source>Range low</source>
        <translation>Limite inferior</translation>
    </message>
    <message>
        <source>hi</source>
        <translation>máx</translation>
    </message>
    <message>
        <source>Right end of the z range.</source>
        <translation>Extremo direito do intervalo de z.</translation>
    </message>
    <message>
        <source>Range high slider</source>
        <translation>Controle deslizante do limite superior</translation>
    </message>
    <message>
        <source>Right end of the z range (must be above lo).</source>
        <translation>Extremo direito do intervalo de z (deve ficar acima de mín).</translation>
    </message>
    <message>
        <source>Range high</source>
        <translation>Limite superior</translation>
    </message>
    <message>
        <source>zoom</source>
        <translation>zoom</translation>
    </message>
    <message>
        <source>Symmetric zoom: the half-width of the range around its centre, from 0.01 to 1000 (logarithmic).</source>
        <translation>Zoom simétrico: a meia-largura do intervalo em torno do centro, de 0,01 a 1000 (logarítmico).</translation>
    </message>
    <message>
        <source>Zoom half-width slider</source>
        <translation>Controle deslizante da meia-largura do zoom</translation>
    </message>
    <message>
        <source>±10</source>
        <translation>±10</translation>
    </message>
    <message>
        <source>Half-width of the z range.</source>
        <translation>Meia-largura do intervalo de z.</translation>
    </message>
    <message>
        <source>Zoom half-width</source>
        <translation>Meia-largura do zoom</translation>
    </message>
    <message>
        <source>Maxout pieces</source>
        <translation>Peças do maxout</translation>
    </message>
    <message>
        <source>The maxout pieces slope·z + intercept. Double-click a number to edit it. State: active (part of the envelope), hidden (never the maximum) or duplicate.</source>
        <translation>As peças do maxout inclinação·z + intercepto. Clique duas vezes num número para editá-lo. Estado: ativa (parte do envelope), oculta (nunca é o máximo) ou duplicada.</translation>
    </message>
    <message>
        <source>Maxout pieces table</source>
        <translation>Tabela de peças do maxout</translation>
    </message>
    <message>
        <source>Add piece</source>
        <translation>Adicionar peça</translation>
    </message>
    <message>
        <source>Add a maxout piece (at most 8).</source>
        <translation>Adiciona uma peça do maxout (no máximo 8).</translation>
    </message>
    <message>
        <source>Add maxout piece</source>
        <translation>Adicionar peça do maxout</translation>
    </message>
    <message>
        <source>Remove piece</source>
        <translation>Remover peça</translation>
    </message>
    <message>
        <source>Remove the selected maxout piece (at least 1 stays).</source>
        <translation>Remove a peça do maxout selecionada (ao menos 1 fica).</translation>
    </message>
    <message>
        <source>Remove maxout piece</source>
        <translation>Remover peça do maxout</translation>
    </message>
    <message>
        <source>Replace the pieces by a preset: ReLU, Leaky ReLU with the current α, |z|, a 3- or 5-piece parabola, random pieces.</source>
        <translation>Substitui as peças por uma predefinição: ReLU, Leaky ReLU com o α atual, |z|, uma parábola de 3 ou 5 peças, peças aleatórias.</translation>
    </message>
    <message>
        <source>Maxout preset</source>
        <translation>Predefinição do maxout</translation>
    </message>
    <message>
        <source>Derivative at a kink</source>
        <translation>Derivada numa quina</translation>
    </message>
    <message>
        <source>Convention</source>
        <translation>Convenção</translation>
    </message>
    <message>
        <source>Which value f′ takes at a kink. left: the left derivative (PyTorch/TensorFlow for ReLU and Leaky ReLU: 0 and α; for maxout the smallest tied slope, which no framework computes); right: the right-hand slope; mean: their average; first: PyTorch (relu, leaky_relu, and maxout as max over the piece dimension: the first maximal piece in table order).</source>
        <translation>Qual valor f′ assume numa quina. esquerda: a derivada à esquerda (PyTorch/TensorFlow para ReLU e Leaky ReLU: 0 e α; para maxout a menor inclinação empatada, que nenhum framework calcula); direita: a inclinação à direita; média: a média das duas; primeira: PyTorch (relu, leaky_relu e maxout como max sobre a dimensão das peças: a primeira peça máxima na ordem da tabela).</translation>
    </message>
    <message>
        <source>Kink convention</source>
        <translation>Convenção na quina</translation>
    </message>
    <message>
        <source>Show subgradient set</source>
        <translation>Mostrar conjunto de subgradientes</translation>
    </message>
    <message>
        <source>Draw a bar over the subgradient interval [left, right] at each kink.</source>
        <translation>Desenha uma barra sobre o intervalo de subgradientes [esquerda, direita] em cada quina.</translation>
    </message>
</context>
<context>
    <name>ExampleEditing</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
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
        <translation>a inclinação α da Leaky ReLU deve ser um número em [-1, 1]</translation>
    </message>
    <message>
        <source>the range bounds must be finite numbers</source>
        <translation>os limites do intervalo devem ser números finitos</translation>
    </message>
    <message>
        <source>the range needs lo &lt; hi</source>
        <translation>o intervalo precisa de mín &lt; máx</translation>
    </message>
    <message>
        <source>the range bounds must lie in [-1e6, 1e6]</source>
        <translation>os limites do intervalo devem estar em [-1e6, 1e6]</translation>
    </message>
    <message>
        <source>the range must be at least 1e-6 wide</source>
        <translation>o intervalo deve ter largura de pelo menos 1e-6</translation>
    </message>
    <message>
        <source>maxout needs between 1 and 8 pieces</source>
        <translation>o maxout precisa de 1 a 8 peças</translation>
    </message>
    <message>
        <source>maxout slopes and intercepts must be finite numbers</source>
        <translation>as inclinações e interceptos do maxout devem ser números finitos</translation>
    </message>
    <message>
        <source>the number of samples must be between 2 and 1000000</source>
        <translation>o número de amostras deve estar entre 2 e 1000000</translation>
    </message>
    <message>
        <source>the softplus β must be a number &gt; 0</source>
        <translation>o β da softplus deve ser um número &gt; 0</translation>
    </message>
    <message>
        <source>at most %1 curves can be pinned</source>
        <translation>no máximo %1 curvas podem ser fixadas</translation>
    </message>
    <message>
        <source>pinned curve: %1</source>
        <translation>curva fixada: %1</translation>
    </message>
    <message>
        <source>a pinned curve&apos;s label is at most 200 characters</source>
        <translation>o rótulo de uma curva fixada tem no máximo 200 caracteres</translation>
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
        <translation>esquerda</translation>
    </message>
    <message>
        <source>right</source>
        <translation>direita</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>média</translation>
    </message>
    <message>
        <source>first</source>
        <translation>primeira</translation>
    </message>
    <message>
        <source>∈ [%1, %2], kink: %3 convention takes %4</source>
        <translation>∈ [%1, %2], quina: a convenção %3 usa %4</translation>
    </message>
    <message>
        <source>No function is shown: tick one under Functions.</source>
        <translation>Nenhuma função exibida: marque uma em Funções.</translation>
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
        <translation>nenhum quadro para codificar</translation>
    </message>
    <message>
        <source>giflib could not start: %1</source>
        <translation>o giflib não pôde iniciar: %1</translation>
    </message>
    <message>
        <source>giflib failed to write the %1: %2</source>
        <translation>o giflib falhou ao gravar o %1: %2</translation>
    </message>
    <message>
        <source>giflib failed to finish the file: %1</source>
        <translation>o giflib falhou ao concluir o arquivo: %1</translation>
    </message>
</context>
<context>
    <name>HistoryJson</name>
    <message>
        <source>must be base64 of little-endian doubles</source>
        <translation>deve ser base64 de doubles little-endian</translation>
    </message>
    <message>
        <source>must be base64 of little-endian 32-bit indices</source>
        <translation>deve ser base64 de índices little-endian de 32 bits</translation>
    </message>
    <message>
        <source>: at most %1 entries, got %2</source>
        <translation>: no máximo %1 entradas, recebidas %2</translation>
    </message>
    <message>
        <source>: must be greater than the previous entry&apos;s (%1)</source>
        <translation>: deve ser maior que o da entrada anterior (%1)</translation>
    </message>
    <message>
        <source>: must not be past the network&apos;s step (%1)</source>
        <translation>: não deve passar do passo da rede (%1)</translation>
    </message>
    <message>
        <source>: is required on the first entry</source>
        <translation>: é obrigatório na primeira entrada</translation>
    </message>
    <message>
        <source>: expected %1 finite numbers</source>
        <translation>: esperados %1 números finitos</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>linha %1, coluna %2: %3</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>deve ser um número finito</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>deve ser um número inteiro de %1 a %2</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>deve ser um objeto JSON</translation>
    </message>
    <message>
        <source>unknown key (known: %1)</source>
        <translation>chave desconhecida (conhecidas: %1)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>é obrigatório</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>deve ser true ou false</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>deve ser uma string</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>deve ser um de %1</translation>
    </message>
    <message>
        <source>must be one of %1, got &apos;%2&apos;</source>
        <translation>deve ser um de %1, recebido &apos;%2&apos;</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>deve ser um array</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <source>a lesson file is at most 1 MB; this one is %1 bytes</source>
        <translation>um arquivo de lição tem no máximo 1 MB; este tem %1 bytes</translation>
    </message>
    <message>
        <source>a lesson is a JSON object</source>
        <translation>uma lição é um objeto JSON</translation>
    </message>
    <message>
        <source>format: must be &quot;%1&quot;</source>
        <translation>format: deve ser &quot;%1&quot;</translation>
    </message>
    <message>
        <source>version: this ReLU Lab reads lesson version %1, the file has version %2</source>
        <translation>version: este ReLU Lab lê lições da versão %1, o arquivo tem a versão %2</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>não deve estar vazio</translation>
    </message>
    <message>
        <source>must not be empty (leave it out instead)</source>
        <translation>não deve estar vazio (omita-o em vez disso)</translation>
    </message>
    <message>
        <source>: must be a non-empty string</source>
        <translation>: deve ser uma string não vazia</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>: must be an object</source>
        <translation>: deve ser um objeto</translation>
    </message>
    <message>
        <source>: not a language code such as &quot;de&quot; or &quot;pt_BR&quot;</source>
        <translation>: não é um código de idioma como &quot;de&quot; ou &quot;pt_BR&quot;</translation>
    </message>
</context>
<context>
    <name>Mp4Encoder</name>
    <message>
        <source>the H.264 encoder refused a frame: %1</source>
        <translation>o codificador H.264 recusou um quadro: %1</translation>
    </message>
    <message>
        <source>H.264 encoding failed: %1</source>
        <translation>a codificação H.264 falhou: %1</translation>
    </message>
    <message>
        <source>could not write the MP4: %1</source>
        <translation>não foi possível gravar o MP4: %1</translation>
    </message>
    <message>
        <source>FFmpeg has no MP4 muxer: %1</source>
        <translation>o FFmpeg não tem multiplexador MP4: %1</translation>
    </message>
    <message>
        <source>this FFmpeg has no H.264 encoder (libx264)</source>
        <translation>este FFmpeg não tem codificador H.264 (libx264)</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>memória insuficiente</translation>
    </message>
    <message>
        <source>could not open the H.264 encoder: %1</source>
        <translation>não foi possível abrir o codificador H.264: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>could not start the MP4: %1</source>
        <translation>não foi possível iniciar o MP4: %1</translation>
    </message>
    <message>
        <source>the MP4 is not open</source>
        <translation>o MP4 não está aberto</translation>
    </message>
    <message>
        <source>could not convert the frame to YUV</source>
        <translation>não foi possível converter o quadro para YUV</translation>
    </message>
    <message>
        <source>could not finish the MP4: %1</source>
        <translation>não foi possível concluir o MP4: %1</translation>
    </message>
</context>
<context>
    <name>Pinning</name>
    <message>
        <source>At most %1 curves can be pinned: unpin some first (Shift+P clears them all).</source>
        <translation>No máximo %1 curvas podem ser fixadas: desafixe algumas antes (Shift+P limpa todas).</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>pinned: %1</source>
        <translation>fixada: %1</translation>
    </message>
    <message>
        <source>z (pre-activation)</source>
        <translation>z (pré-ativação)</translation>
    </message>
    <message>
        <source>The f(z) plot</source>
        <translation>O gráfico de f(z)</translation>
    </message>
    <message>
        <source>The f′(z) plot</source>
        <translation>O gráfico de f′(z)</translation>
    </message>
    <message>
        <source>Both explorer plots</source>
        <translation>Os dois gráficos do explorador</translation>
    </message>
    <message>
        <source>The whole Explorer view</source>
        <translation>A visão Explorador inteira</translation>
    </message>
    <message>
        <source>The whole Training view</source>
        <translation>A visão Treinamento inteira</translation>
    </message>
    <message>
        <source>Loss and dead-unit curves</source>
        <translation>Curvas de perda e de neurônios mortos</translation>
    </message>
    <message>
        <source>Data and prediction (input space)</source>
        <translation>Dados e previsão (espaço de entrada)</translation>
    </message>
    <message>
        <source>Network diagram</source>
        <translation>Diagrama da rede</translation>
    </message>
    <message>
        <source>not enough memory for a %1 × %2 image</source>
        <translation>memória insuficiente para uma imagem de %1 × %2</translation>
    </message>
    <message>
        <source>could not encode the PNG image</source>
        <translation>não foi possível codificar a imagem PNG</translation>
    </message>
    <message>
        <source>Activation functions and their derivatives</source>
        <translation>Funções de ativação e suas derivadas</translation>
    </message>
    <message>
        <source>could not start the SVG painter</source>
        <translation>não foi possível iniciar o desenho SVG</translation>
    </message>
    <message>
        <source>could not start the PDF painter</source>
        <translation>não foi possível iniciar o desenho PDF</translation>
    </message>
    <message>
        <source>nothing to draw</source>
        <translation>nada para desenhar</translation>
    </message>
    <message>
        <source>step %1 · loss %2 (test %3)</source>
        <translation>passo %1 · perda %2 (teste %3)</translation>
    </message>
    <message>
        <source> · test accuracy %1%</source>
        <translation> · acurácia no teste %1%</translation>
    </message>
    <message>
        <source> · dead %1 / %2</source>
        <translation> · mortos %1 / %2</translation>
    </message>
    <message>
        <source> · starved %1</source>
        <translation> · famintos %1</translation>
    </message>
    <message>
        <source> · &lt;b&gt;collapsed&lt;/b&gt;</source>
        <translation> · &lt;b&gt;colapsada&lt;/b&gt;</translation>
    </message>
    <message>
        <source> · &lt;b&gt;diverged&lt;/b&gt;</source>
        <translation> · &lt;b&gt;divergiu&lt;/b&gt;</translation>
    </message>
    <message>
        <source>could not grab the picture</source>
        <translation>não foi possível capturar a imagem</translation>
    </message>
    <message>
        <source>solid line</source>
        <translation>linha contínua</translation>
    </message>
    <message>
        <source>dashed line</source>
        <translation>linha tracejada</translation>
    </message>
    <message>
        <source>dash-dot line</source>
        <translation>linha traço-ponto</translation>
    </message>
    <message>
        <source>dotted line</source>
        <translation>linha pontilhada</translation>
    </message>
    <message>
        <source>dash-dot-dot line</source>
        <translation>linha traço-ponto-ponto</translation>
    </message>
    <message>
        <source>long-dashed line</source>
        <translation>linha de traços longos</translation>
    </message>
    <message>
        <source>fine dotted line</source>
        <translation>linha de pontos finos</translation>
    </message>
    <message>
        <source>long dash-dot line</source>
        <translation>linha traço longo-ponto</translation>
    </message>
    <message>
        <source>very long-dashed line</source>
        <translation>linha de traços muito longos</translation>
    </message>
</context>
<context>
    <name>RunHistory</name>
    <message>
        <source>dead from step %1</source>
        <translation>morto desde o passo %1</translation>
    </message>
    <message>
        <source>at step %1</source>
        <translation>no passo %1</translation>
    </message>
    <message>
        <source>between steps %1 and %2</source>
        <translation>entre os passos %1 e %2</translation>
    </message>
    <message>
        <source>died %1</source>
        <translation>morreu %1</translation>
    </message>
    <message>
        <source>revived %1</source>
        <translation>reviveu %1</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier change(s)</source>
        <translation>
            <numerusform>%n mudança anterior</numerusform>
            <numerusform>%n mudanças anteriores</numerusform>
        </translation>
    </message>
    <message>
        <source>no such step in the history</source>
        <translation>não há esse passo no histórico</translation>
    </message>
    <message>
        <source>training on from step %1 does not give the weights kept at step %2</source>
        <translation>continuar o treino a partir do passo %1 não dá os pesos guardados no passo %2</translation>
    </message>
</context>
<context>
    <name>SessionDocument</name>
    <message>
        <source>ReLU Lab sessions (*.relulab);;All files (*)</source>
        <translation>Sessões do ReLU Lab (*.relulab);;Todos os arquivos (*)</translation>
    </message>
</context>
<context>
    <name>SessionFile</name>
    <message>
        <source>at most %1 numbers, got %2</source>
        <translation>no máximo %1 números, recebidos %2</translation>
    </message>
    <message>
        <source>must be a number in (0, 1]</source>
        <translation>deve ser um número em (0, 1]</translation>
    </message>
    <message>
        <source>at most %1 entries, got %2</source>
        <translation>no máximo %1 entradas, recebidas %2</translation>
    </message>
    <message>
        <source>must be 16 hexadecimal digits</source>
        <translation>deve ter 16 dígitos hexadecimais</translation>
    </message>
    <message>
        <source>the file must hold a JSON object</source>
        <translation>o arquivo deve conter um objeto JSON</translation>
    </message>
    <message>
        <source>format: is required; this is not a ReLU Lab session</source>
        <translation>format: é obrigatório; isto não é uma sessão do ReLU Lab</translation>
    </message>
    <message>
        <source>format: must be &quot;%1&quot;; this is not a ReLU Lab session</source>
        <translation>format: deve ser &quot;%1&quot;; isto não é uma sessão do ReLU Lab</translation>
    </message>
    <message>
        <source>version: is required</source>
        <translation>version: é obrigatório</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>o arquivo está vazio</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>o arquivo não existe</translation>
    </message>
    <message>
        <source>it is a directory</source>
        <translation>é um diretório</translation>
    </message>
    <message>
        <source>the file has %1 bytes, more than a session can have (at most %2 MB)</source>
        <translation>o arquivo tem %1 bytes, mais do que uma sessão pode ter (no máximo %2 MB)</translation>
    </message>
    <message>
        <source>the file is larger than any session</source>
        <translation>o arquivo é maior que qualquer sessão</translation>
    </message>
    <message>
        <source>the network&apos;s weights are not finite numbers (the run diverged)</source>
        <translation>os pesos da rede não são números finitos (o treino divergiu)</translation>
    </message>
    <message>
        <source>version: this ReLU Lab reads version 1 to %1 sessions, the file is version %2 (saved by a newer ReLU Lab?)</source>
        <translation>version: este ReLU Lab lê sessões da versão 1 a %1, o arquivo é da versão %2 (salvo por um ReLU Lab mais novo?)</translation>
    </message>
</context>
<context>
    <name>SettingsUndo</name>
    <message>
        <source>change α to %1</source>
        <translation>alterar α para %1</translation>
    </message>
    <message>
        <source>change range to %1 … %2</source>
        <translation>alterar intervalo para %1 … %2</translation>
    </message>
    <message>
        <source>change maxout pieces</source>
        <translation>alterar peças do maxout</translation>
    </message>
    <message>
        <source>add maxout piece</source>
        <translation>adicionar peça do maxout</translation>
    </message>
    <message>
        <source>remove maxout piece</source>
        <translation>remover peça do maxout</translation>
    </message>
    <message>
        <source>use the %1 convention</source>
        <translation>usar a convenção %1</translation>
    </message>
    <message>
        <source>change shown functions</source>
        <translation>alterar funções exibidas</translation>
    </message>
    <message>
        <source>show %1</source>
        <translation>mostrar %1</translation>
    </message>
    <message>
        <source>hide %1</source>
        <translation>ocultar %1</translation>
    </message>
    <message>
        <source>show subgradient sets</source>
        <translation>mostrar conjuntos de subgradientes</translation>
    </message>
    <message>
        <source>hide subgradient sets</source>
        <translation>ocultar conjuntos de subgradientes</translation>
    </message>
    <message>
        <source>change samples to %1</source>
        <translation>alterar amostras para %1</translation>
    </message>
    <message>
        <source>change softplus β to %1</source>
        <translation>alterar β da softplus para %1</translation>
    </message>
    <message>
        <source>change pinned curves</source>
        <translation>alterar curvas fixadas</translation>
    </message>
    <message>
        <source>pin %1</source>
        <translation>fixar %1</translation>
    </message>
    <message>
        <source>unpin %1</source>
        <translation>desafixar %1</translation>
    </message>
    <message>
        <source>change explorer settings</source>
        <translation>alterar configurações do explorador</translation>
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
        <translation>alterar conjunto de dados para %1</translation>
    </message>
    <message>
        <source>change the examples</source>
        <translation>alterar os exemplos</translation>
    </message>
    <message>
        <source>add an example</source>
        <translation>adicionar um exemplo</translation>
    </message>
    <message>
        <source>remove an example</source>
        <translation>remover um exemplo</translation>
    </message>
    <message>
        <source>change noise to %1</source>
        <translation>alterar ruído para %1</translation>
    </message>
    <message>
        <source>change hidden layers to %1</source>
        <translation>alterar camadas ocultas para %1</translation>
    </message>
    <message>
        <source>change activation to %1</source>
        <translation>alterar ativação para %1</translation>
    </message>
    <message>
        <source>change the network&apos;s α to %1</source>
        <translation>alterar o α da rede para %1</translation>
    </message>
    <message>
        <source>change pieces per unit to %1</source>
        <translation>alterar peças por neurônio para %1</translation>
    </message>
    <message>
        <source>change initialisation to %1</source>
        <translation>alterar inicialização para %1</translation>
    </message>
    <message>
        <source>change bias init to %1</source>
        <translation>alterar inicialização do viés para %1</translation>
    </message>
    <message>
        <source>change optimiser to %1</source>
        <translation>alterar otimizador para %1</translation>
    </message>
    <message>
        <source>change learning rate to %1</source>
        <translation>alterar taxa de aprendizado para %1</translation>
    </message>
    <message>
        <source>change batch to %1</source>
        <translation>alterar lote para %1</translation>
    </message>
    <message>
        <source>change L2 to %1</source>
        <translation>alterar L2 para %1</translation>
    </message>
    <message>
        <source>change seed to %1</source>
        <translation>alterar semente para %1</translation>
    </message>
    <message>
        <source>change training setup</source>
        <translation>alterar configuração do treino</translation>
    </message>
    <message>
        <source>He normal</source>
        <translation>He normal</translation>
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
        <translation>o β da softplus deve ser um número &gt; 0</translation>
    </message>
    <message>
        <source>must be at most 200 characters</source>
        <translation>deve ter no máximo 200 caracteres</translation>
    </message>
    <message>
        <source>%1: at most %2 examples, got %3</source>
        <translation>%1: no máximo %2 exemplos, recebidos %3</translation>
    </message>
    <message>
        <source>%1: must be [x1, x2, label] or [x, y]</source>
        <translation>%1: deve ser [x1, x2, rótulo] ou [x, y]</translation>
    </message>
    <message>
        <source>%1: must hold %2 numbers like the first row</source>
        <translation>%1: deve conter %2 números como a primeira linha</translation>
    </message>
    <message>
        <source>%1: a label must be 0 or 1</source>
        <translation>%1: um rótulo deve ser 0 ou 1</translation>
    </message>
    <message>
        <source>%1: a data set needs at least 4 examples, got %2</source>
        <translation>%1: um conjunto de dados precisa de pelo menos 4 exemplos, recebidos %2</translation>
    </message>
    <message>
        <source>%1: must be an array</source>
        <translation>%1: deve ser um array</translation>
    </message>
    <message>
        <source>must lie in [-1e6, 1e6]</source>
        <translation>deve estar em [-1e6, 1e6]</translation>
    </message>
    <message>
        <source>%1: must be one of %2</source>
        <translation>%1: deve ser um de %2</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is listed twice</source>
        <translation>%1: &apos;%2&apos; aparece duas vezes</translation>
    </message>
    <message>
        <source>at most %1 curves can be pinned, got %2</source>
        <translation>no máximo %1 curvas podem ser fixadas, recebidas %2</translation>
    </message>
    <message>
        <source>must be a number in [0, 10]</source>
        <translation>deve ser um número em [0, 10]</translation>
    </message>
    <message>
        <source>%1: 1 to %2 hidden layers, got %3</source>
        <translation>%1: de 1 a %2 camadas ocultas, recebidas %3</translation>
    </message>
    <message>
        <source>must be a number in [0, 1)</source>
        <translation>deve ser um número em [0, 1)</translation>
    </message>
    <message>
        <source>must be a number &gt; 0</source>
        <translation>deve ser um número &gt; 0</translation>
    </message>
    <message>
        <source>must be a number &gt;= 0</source>
        <translation>deve ser um número &gt;= 0</translation>
    </message>
</context>
<context>
    <name>TrainingSetup</name>
    <message>
        <source>unknown data set &apos;%1&apos;</source>
        <translation>conjunto de dados desconhecido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the number of samples must be between %1 and %2</source>
        <translation>o número de amostras deve estar entre %1 e %2</translation>
    </message>
    <message>
        <source>the noise must be a number in [0, 10]</source>
        <translation>o ruído deve ser um número em [0, 10]</translation>
    </message>
    <message>
        <source>a data set needs at least 4 examples</source>
        <translation>um conjunto de dados precisa de pelo menos 4 exemplos</translation>
    </message>
    <message>
        <source>the data&apos;s inputs and targets disagree in size</source>
        <translation>as entradas e os alvos dos dados têm tamanhos diferentes</translation>
    </message>
    <message>
        <source>example %1 of the data has a value that is not a finite number</source>
        <translation>o exemplo %1 dos dados tem um valor que não é um número finito</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>line %1: %2</source>
        <translation>linha %1: %2</translation>
    </message>
    <message>
        <source>expected a header such as &apos;x1,x2,label&apos; or &apos;x,y&apos;, got numbers</source>
        <translation>esperado um cabeçalho como &apos;x1,x2,label&apos; ou &apos;x,y&apos;, encontrados números</translation>
    </message>
    <message>
        <source>expected 2 numbers (x,y) or 3 (x1,x2,label), got %1</source>
        <translation>esperados 2 números (x,y) ou 3 (x1,x2,label), recebidos %1</translation>
    </message>
    <message>
        <source>expected %1 numbers, got %2</source>
        <translation>esperados %1 números, recebidos %2</translation>
    </message>
    <message>
        <source>column %1 is empty</source>
        <translation>a coluna %1 está vazia</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; não é um número</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a finite number</source>
        <translation>&apos;%1&apos; não é um número finito</translation>
    </message>
    <message>
        <source>label must be 0 or 1, got &apos;%1&apos;</source>
        <translation>o rótulo deve ser 0 ou 1, recebido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no data rows</source>
        <translation>nenhuma linha de dados</translation>
    </message>
    <message>
        <source>need at least 4 examples, got %1</source>
        <translation>são necessários pelo menos 4 exemplos, recebidos %1</translation>
    </message>
    <message>
        <source>inputs must be 1 or 2</source>
        <translation>as entradas devem ser 1 ou 2</translation>
    </message>
    <message>
        <source>classification needs 2 inputs</source>
        <translation>a classificação precisa de 2 entradas</translation>
    </message>
    <message>
        <source>regression needs 1 input</source>
        <translation>a regressão precisa de 1 entrada</translation>
    </message>
    <message>
        <source>hidden layers: 1 to 12 layers of 1 to 32 units</source>
        <translation>camadas ocultas: de 1 a 12 camadas de 1 a 32 neurônios</translation>
    </message>
    <message>
        <source>alpha must be in [0, 1)</source>
        <translation>alpha deve estar em [0, 1)</translation>
    </message>
    <message>
        <source>pieces must be 2 to 5</source>
        <translation>as peças devem ser de 2 a 5</translation>
    </message>
    <message>
        <source>bias init must be a finite number</source>
        <translation>a inicialização do viés deve ser um número finito</translation>
    </message>
    <message>
        <source>learning rate must be &gt; 0</source>
        <translation>a taxa de aprendizado deve ser &gt; 0</translation>
    </message>
    <message>
        <source>batch size must be &gt;= 1</source>
        <translation>o tamanho do lote deve ser &gt;= 1</translation>
    </message>
    <message>
        <source>l2 must be &gt;= 0</source>
        <translation>l2 deve ser &gt;= 0</translation>
    </message>
</context>
<context>
    <name>relulab::gui::AnimationDialog</name>
    <message>
        <source>Export animation</source>
        <translation>Exportar animação</translation>
    </message>
    <message>
        <source>What to animate</source>
        <translation>O que animar</translation>
    </message>
    <message>
        <source>The training view (or one of its parts) replayed from step 0 of this run&apos;s setup, or the explorer&apos;s figure while α or the range sweeps</source>
        <translation>A visão de treinamento (ou uma de suas partes) reproduzida a partir do passo 0 da configuração deste treino, ou a figura do explorador enquanto α ou o intervalo varia</translation>
    </message>
    <message>
        <source>Training view</source>
        <translation>Visão de treinamento</translation>
    </message>
    <message>
        <source>Input space</source>
        <translation>Espaço de entrada</translation>
    </message>
    <message>
        <source>Network diagram</source>
        <translation>Diagrama da rede</translation>
    </message>
    <message>
        <source>Training curves</source>
        <translation>Curvas de treinamento</translation>
    </message>
    <message>
        <source>Explorer, α sweeps</source>
        <translation>Explorador, α varia</translation>
    </message>
    <message>
        <source>Explorer, range zooms</source>
        <translation>Explorador, zoom no intervalo</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;O quê:</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Último passo</translation>
    </message>
    <message>
        <source>The frames show steps 0 … N of this run&apos;s setup, replayed: the same pictures as relulab train --steps N --animate</source>
        <translation>Os quadros mostram os passos 0 … N da configuração deste treino, reproduzidos: as mesmas imagens que relulab train --steps N --animate</translation>
    </message>
    <message>
        <source>steps 0 … N of this run&apos;s setup, replayed</source>
        <translation>passos 0 … N da configuração deste treino, reproduzidos</translation>
    </message>
    <message>
        <source>&amp;Steps:</source>
        <translation>&amp;Passos:</translation>
    </message>
    <message>
        <source>Sweep from</source>
        <translation>Variar de</translation>
    </message>
    <message>
        <source>The value of the first frame</source>
        <translation>O valor do primeiro quadro</translation>
    </message>
    <message>
        <source>Sweep to</source>
        <translation>Variar até</translation>
    </message>
    <message>
        <source>The value of the last frame</source>
        <translation>O valor do último quadro</translation>
    </message>
    <message>
        <source>to</source>
        <translation>até</translation>
    </message>
    <message>
        <source>S&amp;weep:</source>
        <translation>&amp;Variação:</translation>
    </message>
    <message>
        <source>Number of frames</source>
        <translation>Número de quadros</translation>
    </message>
    <message>
        <source>Frames in the animation, evenly spaced, both ends included</source>
        <translation>Quadros da animação, igualmente espaçados, incluindo as duas pontas</translation>
    </message>
    <message>
        <source>&amp;Frames:</source>
        <translation>&amp;Quadros:</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>Taxa de quadros</translation>
    </message>
    <message>
        <source>Frames a second (a GIF rounds its delay to hundredths of a second)</source>
        <translation>Quadros por segundo (um GIF arredonda seu atraso para centésimos de segundo)</translation>
    </message>
    <message>
        <source> fps</source>
        <translation> fps</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Taxa:</translation>
    </message>
    <message>
        <source>Frame size</source>
        <translation>Tamanho do quadro</translation>
    </message>
    <message>
        <source>The size of every frame in pixels</source>
        <translation>O tamanho de cada quadro em pixels</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>Frame width</source>
        <translation>Largura do quadro</translation>
    </message>
    <message>
        <source>Custom frame width in pixels</source>
        <translation>Largura personalizada do quadro em pixels</translation>
    </message>
    <message>
        <source>Frame height</source>
        <translation>Altura do quadro</translation>
    </message>
    <message>
        <source>Custom frame height in pixels</source>
        <translation>Altura personalizada do quadro em pixels</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>Ta&amp;manho:</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Formato do arquivo</translation>
    </message>
    <message>
        <source>GIF: plays everywhere, loops; MP4 (H.264): small, for slides and browsers</source>
        <translation>GIF: toca em qualquer lugar, em loop; MP4 (H.264): pequeno, para slides e navegadores</translation>
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
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Where the animation is written</source>
        <translation>Onde a animação é gravada</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pro&amp;curar…</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>Procurar</translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation>Escolher o arquivo a gravar</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Arqu&amp;ivo:</translation>
    </message>
    <message>
        <source>Export problem</source>
        <translation>Problema na exportação</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Frames drawn so far</source>
        <translation>Quadros desenhados até agora</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Draw the frames and write the file</source>
        <translation>Desenhar os quadros e gravar o arquivo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the export (no file is written; an old one stays) or close</source>
        <translation>Interromper a exportação (nenhum arquivo é gravado; um antigo permanece) ou fechar</translation>
    </message>
    <message>
        <source>GIF animation (*.gif)</source>
        <translation>Animação GIF (*.gif)</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>Vídeo MP4 (*.mp4)</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Escolha um arquivo para gravar.</translation>
    </message>
    <message>
        <source>The file name must end in .%1 for this format.</source>
        <translation>O nome do arquivo deve terminar em .%1 para este formato.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Cancelado: nada foi gravado.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>A exportação falhou: %1</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Gravado: %1</translation>
    </message>
    <message>
        <source>%v / %m frames</source>
        <translation>%v / %m quadros</translation>
    </message>
    <message>
        <source>Stop the export: no file is written, an old one stays</source>
        <translation>Interromper a exportação: nenhum arquivo é gravado, um antigo permanece</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>First step</source>
        <translation>Primeiro passo</translation>
    </message>
    <message>
        <source>The first frame&apos;s step on this run&apos;s timeline</source>
        <translation>O passo do primeiro quadro na linha do tempo deste treino</translation>
    </message>
    <message>
        <source>The last frame&apos;s step on this run&apos;s timeline (past the newest step %1 the run is trained on, as Play would)</source>
        <translation>O passo do último quadro na linha do tempo deste treino (além do passo mais recente %1 o treino continua, como faria Reproduzir)</translation>
    </message>
    <message>
        <source>to — steps of this run (its timeline, live changes included), replayed</source>
        <translation>até — passos deste treino (sua linha do tempo, incluindo mudanças ao vivo), reproduzidos</translation>
    </message>
</context>
<context>
    <name>relulab::gui::AnimationJob</name>
    <message>
        <source>could not draw frame %1: %2</source>
        <translation>não foi possível desenhar o quadro %1: %2</translation>
    </message>
</context>
<context>
    <name>relulab::gui::BornDeadDialog</name>
    <message>
        <source>Born dead: deep and narrow ReLU nets</source>
        <translation>Natimortas: redes ReLU profundas e estreitas</translation>
    </message>
    <message>
        <source>Born-dead networks</source>
        <translation>Redes natimortas</translation>
    </message>
    <message>
        <source>Born-dead plot</source>
        <translation>Gráfico de redes natimortas</translation>
    </message>
    <message>
        <source>Share of freshly initialised ReLU networks that are collapsed, against the number of hidden layers, for widths 2 to 5: measured (markers) and Lu et al.&apos;s formula (dashed).</source>
        <translation>Fração de redes ReLU recém-inicializadas que estão colapsadas, em função do número de camadas ocultas, para larguras de 2 a 5: medida (marcadores) e a fórmula de Lu et al. (tracejada).</translation>
    </message>
    <message>
        <source>hidden layers (depth)</source>
        <translation>camadas ocultas (profundidade)</translation>
    </message>
    <message>
        <source>collapsed at initialisation</source>
        <translation>colapsadas na inicialização</translation>
    </message>
    <message>
        <source>width %1, measured</source>
        <translation>largura %1, medida</translation>
    </message>
    <message>
        <source>width %1, 1 − (1 − 2⁻ᴺ)ᴸ⁻¹</source>
        <translation>largura %1, 1 − (1 − 2⁻ᴺ)ᴸ⁻¹</translation>
    </message>
    <message>
        <source> networks per point</source>
        <translation> redes por ponto</translation>
    </message>
    <message>
        <source>Networks per point</source>
        <translation>Redes por ponto</translation>
    </message>
    <message>
        <source>How many random initial networks are drawn for each point</source>
        <translation>Quantas redes iniciais aleatórias são sorteadas para cada ponto</translation>
    </message>
    <message>
        <source>&amp;Count again</source>
        <translation>&amp;Contar de novo</translation>
    </message>
    <message>
        <source>Count again</source>
        <translation>Contar de novo</translation>
    </message>
    <message>
        <source>Draw the networks anew with this many per point</source>
        <translation>Sortear as redes de novo com esta quantidade por ponto</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Close the born-dead panel (Esc)</source>
        <translation>Fechar o painel de redes natimortas (Esc)</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>contando…</translation>
    </message>
    <message>
        <source>counting… %1 of %2 points</source>
        <translation>contando… %1 de %2 pontos</translation>
    </message>
    <message>
        <source>done: %1 networks per point</source>
        <translation>pronto: %1 redes por ponto</translation>
    </message>
    <message>
        <source>Each point: the share of ReLU networks (He initialisation, zero biases) that are already a constant function on |x|, x in [−1, 1], before any training. The dashed curves are the probability of being dead at one input point, 1 − (1 − 2&lt;sup&gt;−N&lt;/sup&gt;)&lt;sup&gt;L−1&lt;/sup&gt; with N the width and L−1 the hidden layers (Lu, Shin, Su, Karniadakis, &lt;i&gt;Dying ReLU and Initialization&lt;/i&gt;, 2020); over a whole input range fewer nets are dead than at one point.</source>
        <translation>Cada ponto: a fração de redes ReLU (inicialização He, vieses zero) que já são uma função constante em |x|, x em [−1, 1], antes de qualquer treino. As curvas tracejadas são a probabilidade de estar morta num ponto de entrada, 1 − (1 − 2&lt;sup&gt;−N&lt;/sup&gt;)&lt;sup&gt;L−1&lt;/sup&gt; com N a largura e L−1 as camadas ocultas (Lu, Shin, Su, Karniadakis, &lt;i&gt;Dying ReLU and Initialization&lt;/i&gt;, 2020); num intervalo de entrada inteiro menos redes estão mortas do que num ponto.</translation>
    </message>
</context>
<context>
    <name>relulab::gui::CompareDialog</name>
    <message>
        <source>Compare with another activation</source>
        <translation>Comparar com outra ativação</translation>
    </message>
    <message>
        <source>A second run trains beside this one on the same data with the same seed and settings; only the hidden activation differs. Both runs start over from step 0 and play, pause, step and reset together; their loss and dead units share one plot.</source>
        <translation>Um segundo treino roda ao lado deste com os mesmos dados, a mesma semente e as mesmas configurações; só a ativação oculta muda. Os dois treinos recomeçam do passo 0 e reproduzem, pausam, avançam e reiniciam juntos; sua perda e seus neurônios mortos dividem um gráfico.</translation>
    </message>
    <message>
        <source>Second run&apos;s activation</source>
        <translation>Ativação do segundo treino</translation>
    </message>
    <message>
        <source>The hidden activation of the second run</source>
        <translation>A ativação oculta do segundo treino</translation>
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
        <translation>Inclinação alfa do segundo treino</translation>
    </message>
    <message>
        <source>Leaky ReLU slope α for z &lt; 0, in [0, 1)</source>
        <translation>Inclinação α da Leaky ReLU para z &lt; 0, em [0, 1)</translation>
    </message>
    <message>
        <source>Second run&apos;s maxout pieces</source>
        <translation>Peças do maxout do segundo treino</translation>
    </message>
    <message>
        <source>Pieces per maxout unit, 2 to 5</source>
        <translation>Peças por neurônio maxout, de 2 a 5</translation>
    </message>
    <message>
        <source>second run</source>
        <translation>segundo treino</translation>
    </message>
    <message>
        <source>Start comparing</source>
        <translation>Começar a comparar</translation>
    </message>
    <message>
        <source>Start both runs over from step 0, side by side</source>
        <translation>Recomeçar os dois treinos do passo 0, lado a lado</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close without changing the runs</source>
        <translation>Fechar sem alterar os treinos</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (solid) beside &lt;b&gt;%2&lt;/b&gt; (dashed)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (contínua) ao lado de &lt;b&gt;%2&lt;/b&gt; (tracejada)</translation>
    </message>
    <message>
        <source>Both start from the very same initial weights.</source>
        <translation>Os dois começam exatamente dos mesmos pesos iniciais.</translation>
    </message>
    <message>
        <source>Maxout has other weights: the second run draws its own initial weights from the same seed.</source>
        <translation>O maxout tem outros pesos: o segundo treino sorteia seus próprios pesos iniciais da mesma semente.</translation>
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
        <translation>Parábola z²/R, 3 peças</translation>
    </message>
    <message>
        <source>Parabola z²/R, 5 pieces</source>
        <translation>Parábola z²/R, 5 peças</translation>
    </message>
    <message>
        <source>Random pieces</source>
        <translation>Peças aleatórias</translation>
    </message>
    <message>
        <source>Input error</source>
        <translation>Erro de entrada</translation>
    </message>
    <message>
        <source>Presets…</source>
        <translation>Predefinições…</translation>
    </message>
    <message>
        <source>left</source>
        <translation>esquerda</translation>
    </message>
    <message>
        <source>Left derivative: PyTorch&apos;s and TensorFlow&apos;s ReLU′(0) = 0 and Leaky′(0) = α; for maxout the smallest tied slope, which no framework computes.</source>
        <translation>Derivada à esquerda: ReLU′(0) = 0 e Leaky′(0) = α no PyTorch e no TensorFlow; para maxout a menor inclinação empatada, que nenhum framework calcula.</translation>
    </message>
    <message>
        <source>right</source>
        <translation>direita</translation>
    </message>
    <message>
        <source>Right derivative: ReLU′(0) = 1, Leaky′(0) = 1, for maxout the largest tied slope.</source>
        <translation>Derivada à direita: ReLU′(0) = 1, Leaky′(0) = 1, para maxout a maior inclinação empatada.</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>média</translation>
    </message>
    <message>
        <source>The average of the left and right derivatives: ReLU′(0) = ½.</source>
        <translation>A média das derivadas à esquerda e à direita: ReLU′(0) = ½.</translation>
    </message>
    <message>
        <source>first (PyTorch max(dim))</source>
        <translation>primeira (PyTorch max(dim))</translation>
    </message>
    <message>
        <source>What PyTorch&apos;s relu, leaky_relu and max(dim) compute: relu′(0) = 0, leaky_relu′(0) = α, and maxout written as max over the piece dimension gives a tie to the first maximal piece in table order.</source>
        <translation>O que relu, leaky_relu e max(dim) do PyTorch calculam: relu′(0) = 0, leaky_relu′(0) = α, e o maxout escrito como max sobre a dimensão das peças dá um empate à primeira peça máxima na ordem da tabela.</translation>
    </message>
    <message>
        <source>Default: max(z, −0.5z, −5)</source>
        <translation>Padrão: max(z, −0,5z, −5)</translation>
    </message>
</context>
<context>
    <name>relulab::gui::ExplorerPlot</name>
    <message>
        <source>Activation plots</source>
        <translation>Gráficos de ativação</translation>
    </message>
    <message>
        <source>Drag the Leaky ReLU&apos;s negative branch to set α; drag a maxout piece to move it, or its diamond handle to rotate it.
Drag empty space to pan, use the wheel to zoom, double-click to reset the view.
Keyboard: ← → move the cursor (it stops on every kink), ↑ ↓ change α, Enter picks a maxout piece instead; Shift for finer steps.</source>
        <translation>Arraste o ramo negativo da Leaky ReLU para ajustar α; arraste uma peça do maxout para movê-la, ou sua alça em losango para girá-la.
Arraste um espaço vazio para deslocar, use a roda para dar zoom, clique duas vezes para redefinir a visão.
Teclado: ← → movem o cursor (ele para em cada quina), ↑ ↓ alteram α, Enter escolhe uma peça do maxout; Shift para passos mais finos.</translation>
    </message>
    <message>
        <source>filled marker: f′ used at a kink (%1 convention)</source>
        <translation>marcador cheio: f′ usado numa quina (convenção %1)</translation>
    </message>
    <message>
        <source>open marker: limit not taken</source>
        <translation>marcador vazio: limite não usado</translation>
    </message>
    <message>
        <source>bar: subgradient set</source>
        <translation>barra: conjunto de subgradientes</translation>
    </message>
    <message>
        <source>z of %1 on the training data</source>
        <translation>z de %1 nos dados de treino</translation>
    </message>
    <message>
        <source>z (pre-activation)</source>
        <translation>z (pré-ativação)</translation>
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
        <translation>Desafixar “%1”</translation>
    </message>
    <message>
        <source>Copy values at z = %1</source>
        <translation>Copiar valores em z = %1</translation>
    </message>
    <message>
        <source>Export figure…</source>
        <translation>Exportar figura…</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>Redefinir visão</translation>
    </message>
    <message>
        <source>Pin visible curves</source>
        <translation>Fixar curvas visíveis</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Desafixar</translation>
    </message>
    <message>
        <source>Clear all pins</source>
        <translation>Limpar todas as fixações</translation>
    </message>
    <message>
        <source>α</source>
        <translation>α</translation>
    </message>
    <message>
        <source>maxout piece %1</source>
        <translation>peça %1 do maxout</translation>
    </message>
    <message>
        <source>↑ ↓ %1 (Shift: finer) · ← → cursor · Enter: next</source>
        <translation>↑ ↓ %1 (Shift: mais fino) · ← → cursor · Enter: próxima</translation>
    </message>
    <message>
        <source>%1 with α = %2</source>
        <translation>%1 com α = %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n piece(s)</source>
        <translation>
            <numerusform>%1 de %n peça</numerusform>
            <numerusform>%1 de %n peças</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>z from %1 to %2</source>
        <translation>z de %1 a %2</translation>
    </message>
    <message>
        <source>No function is shown; %1.</source>
        <translation>Nenhuma função exibida; %1.</translation>
    </message>
    <message>
        <source>Upper plot: %1, %2. Lower plot: their derivatives f′(z); at each kink a filled marker shows the value the %3 convention takes and an open marker the limit not taken. Arrow keys: Left and Right move the cursor, Up and Down change %4.</source>
        <translation>Gráfico superior: %1, %2. Gráfico inferior: suas derivadas f′(z); em cada quina um marcador cheio mostra o valor que a convenção %3 usa e um marcador vazio o limite não usado. Teclas de seta: Esquerda e Direita movem o cursor, Cima e Baixo alteram %4.</translation>
    </message>
</context>
<context>
    <name>relulab::gui::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>O que exportar</translation>
    </message>
    <message>
        <source>A single plot, or a whole view as it is on screen</source>
        <translation>Um único gráfico, ou uma visão inteira como está na tela</translation>
    </message>
    <message>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <source>A picture of the chosen size in pixels</source>
        <translation>Uma imagem do tamanho escolhido em pixels</translation>
    </message>
    <message>
        <source>SVG</source>
        <translation>SVG</translation>
    </message>
    <message>
        <source>Vector drawing for the web and for editing</source>
        <translation>Desenho vetorial para a web e para edição</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Vector drawing for print and LaTeX</source>
        <translation>Desenho vetorial para impressão e LaTeX</translation>
    </message>
    <message>
        <source>CSV data</source>
        <translation>Dados CSV</translation>
    </message>
    <message>
        <source>The numbers behind the plot: the curves, or the training log</source>
        <translation>Os números por trás do gráfico: as curvas, ou o registro do treino</translation>
    </message>
    <message>
        <source>Format %1</source>
        <translation>Formato %1</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation>Largura em pixels</translation>
    </message>
    <message>
        <source>Width of the picture in pixels</source>
        <translation>Largura da imagem em pixels</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>Altura em pixels</translation>
    </message>
    <message>
        <source>Height of the picture in pixels</source>
        <translation>Altura da imagem em pixels</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>On-screen size</source>
        <translation>Tamanho na tela</translation>
    </message>
    <message>
        <source>Use the size the plot or view has in the window</source>
        <translation>Usar o tamanho que o gráfico ou a visão tem na janela</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>keep the on-screen proportions</source>
        <translation>manter as proporções da tela</translation>
    </message>
    <message>
        <source>Keep the on-screen proportions</source>
        <translation>Manter as proporções da tela</translation>
    </message>
    <message>
        <source>Width and height change together, in the proportions of the plot or view in the window</source>
        <translation>Largura e altura mudam juntas, nas proporções do gráfico ou da visão na janela</translation>
    </message>
    <message>
        <source>Resolution in DPI</source>
        <translation>Resolução em DPI</translation>
    </message>
    <message>
        <source>Dots per inch stored in the file: the size it prints at, not the number of pixels</source>
        <translation>Pontos por polegada gravados no arquivo: o tamanho de impressão, não o número de pixels</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolução</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pré-visualização</translation>
    </message>
    <message>
        <source>Export error</source>
        <translation>Erro na exportação</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation>Copiar para a área de transferência</translation>
    </message>
    <message>
        <source>Copy the picture (or the CSV text) to the clipboard</source>
        <translation>Copia a imagem (ou o texto CSV) para a área de transferência</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export to a file</source>
        <translation>Exportar para um arquivo</translation>
    </message>
    <message>
        <source>Choose a file name and save</source>
        <translation>Escolher um nome de arquivo e salvar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Close without exporting</source>
        <translation>Fechar sem exportar</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Copiar imagem</translation>
    </message>
    <message>
        <source>Copy CSV</source>
        <translation>Copiar CSV</translation>
    </message>
    <message>
        <source>The curves and derivatives on the explorer&apos;s grid: x,relu,relu_grad,leaky_relu,leaky_relu_grad,maxout,maxout_grad, the same as relulab export --csv.</source>
        <translation>As curvas e derivadas na grade do explorador: x,relu,relu_grad,leaky_relu,leaky_relu_grad,maxout,maxout_grad, o mesmo que relulab export --csv.</translation>
    </message>
    <message>
        <source>The training run&apos;s log, one row per point of its curves: step,loss,test_loss,accuracy,dead_units,dead_fraction, the same as relulab train --log.</source>
        <translation>O registro do treino, uma linha por ponto de suas curvas: step,loss,test_loss,accuracy,dead_units,dead_fraction, o mesmo que relulab train --log.</translation>
    </message>
    <message>
        <source>A whole view is drawn as on screen: plots inside it are embedded as pictures. Export a single plot for vector lines.</source>
        <translation>Uma visão inteira é desenhada como na tela: os gráficos dentro dela entram como imagens. Exporte um único gráfico para ter linhas vetoriais.</translation>
    </message>
    <message>
        <source>Drawn as in the window, scaled to the chosen size.</source>
        <translation>Desenhado como na janela, escalado para o tamanho escolhido.</translation>
    </message>
    <message>
        <source>prints %1 × %2 cm (%3 × %4 in)</source>
        <translation>imprime %1 × %2 cm (%3 × %4 pol)</translation>
    </message>
    <message>
        <source>this view has no data to save as CSV</source>
        <translation>esta visão não tem dados para salvar como CSV</translation>
    </message>
    <message>
        <source>Could not export %1: %2</source>
        <translation>Não foi possível exportar %1: %2</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>A exportação falhou: %1</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exportar %1</translation>
    </message>
    <message>
        <source>%1 file (*.%2)</source>
        <translation>Arquivo %1 (*.%2)</translation>
    </message>
</context>
<context>
    <name>relulab::gui::InputSpaceView</name>
    <message>
        <source>Input space</source>
        <translation>Espaço de entrada</translation>
    </message>
    <message>
        <source>The training data (class 1: filled circles, class 0: filled triangles, test examples hollow) over the network&apos;s prediction, with the selected unit&apos;s off-region (z ≤ 0) hatched. The point probe follows the mouse: every view shows the network at that point.</source>
        <translation>Os dados de treino (classe 1: círculos cheios, classe 0: triângulos cheios, exemplos de teste vazados) sobre a previsão da rede, com a região desligada (z ≤ 0) do neurônio selecionado hachurada. O ponto de sondagem segue o mouse: cada visão mostra a rede nesse ponto.</translation>
    </message>
    <message>
        <source>prediction p</source>
        <translation>previsão p</translation>
    </message>
    <message>
        <source>linear regions</source>
        <translation>regiões lineares</translation>
    </message>
    <message>
        <source>unit off (z ≤ 0)</source>
        <translation>neurônio desligado (z ≤ 0)</translation>
    </message>
    <message>
        <source>boundary p = 0.5</source>
        <translation>fronteira p = 0,5</translation>
    </message>
    <message>
        <source>prediction ŷ</source>
        <translation>previsão ŷ</translation>
    </message>
    <message>
        <source>class 0, train</source>
        <translation>classe 0, treino</translation>
    </message>
    <message>
        <source>class 0, test</source>
        <translation>classe 0, teste</translation>
    </message>
    <message>
        <source>class 1, train</source>
        <translation>classe 1, treino</translation>
    </message>
    <message>
        <source>class 1, test</source>
        <translation>classe 1, teste</translation>
    </message>
    <message>
        <source>train</source>
        <translation>treino</translation>
    </message>
    <message>
        <source>test</source>
        <translation>teste</translation>
    </message>
    <message>
        <source>kink of a layer-1 unit</source>
        <translation>quina da camada 1</translation>
    </message>
    <message>
        <source>Data and prediction —</source>
        <translation>Dados e previsão —</translation>
    </message>
    <message>
        <source>click a unit to see where it is off</source>
        <translation>clique num neurônio: onde está desligado?</translation>
    </message>
    <message>
        <source>maxout unit %1 is never off</source>
        <translation>o neurônio maxout %1 nunca está desligado</translation>
    </message>
    <message>
        <source>sigmoid unit %1 has no off region</source>
        <translation>o neurônio sigmoid %1 não tem região desligada</translation>
    </message>
    <message>
        <source>tanh unit %1 has no off region</source>
        <translation>o neurônio tanh %1 não tem região desligada</translation>
    </message>
    <message>
        <source>Data, prediction</source>
        <translation>Dados, previsão</translation>
    </message>
    <message>
        <source>and where unit %1 is off (z ≤ 0)</source>
        <translation>e onde o neurônio %1 está desligado (z ≤ 0)</translation>
    </message>
    <message>
        <source>and where unit %1 is on its leaky side (z ≤ 0)</source>
        <translation>e onde o neurônio %1 está no lado leaky (z ≤ 0)</translation>
    </message>
    <message>
        <source>— dead: off on every training example</source>
        <translation>— morto: desligado em todos os exemplos de treino</translation>
    </message>
    <message>
        <source>— starved: no gradient reaches it</source>
        <translation>— faminto: nenhum gradiente chega a ele</translation>
    </message>
    <message>
        <source>Linear regions — waiting for the network</source>
        <translation>Regiões lineares — aguardando a rede</translation>
    </message>
    <message>
        <source>No linear regions:</source>
        <translation>Sem regiões lineares:</translation>
    </message>
    <message>
        <source>sigmoid and tanh are not piecewise linear</source>
        <translation>sigmoid e tanh não são lineares por partes</translation>
    </message>
    <message>
        <source>the weights are not finite (the run diverged)</source>
        <translation>os pesos não são finitos (o treino divergiu)</translation>
    </message>
    <message>
        <source>More than %1 linear regions in the view:</source>
        <translation>Mais de %1 regiões lineares na visão:</translation>
    </message>
    <message>
        <source>too many to draw</source>
        <translation>demais para desenhar</translation>
    </message>
    <message>
        <source>Linear regions — computing…</source>
        <translation>Regiões lineares — calculando…</translation>
    </message>
    <message>
        <source>Linear regions: %1 intervals,</source>
        <translation>Regiões lineares: %1 intervalos,</translation>
    </message>
    <message>
        <source>Linear regions: %1,</source>
        <translation>Regiões lineares: %1,</translation>
    </message>
    <message>
        <source>neighbours in different colours</source>
        <translation>vizinhas em cores diferentes</translation>
    </message>
    <message>
        <source>— bold: where unit %1·%2 bends the regions</source>
        <translation>— em negrito: onde o neurônio %1·%2 dobra as regiões</translation>
    </message>
    <message>
        <source>— click a unit to see its bent line</source>
        <translation>— clique num neurônio para ver sua linha de dobra</translation>
    </message>
</context>
<context>
    <name>relulab::gui::LayerSizesPlot</name>
    <message>
        <source>Gradient and activation size per layer</source>
        <translation>Tamanho do gradiente e da ativação por camada</translation>
    </message>
    <message>
        <source>Per layer, over the whole training set at the current step: the root mean square of the gradient of the mean loss with respect to the layer&apos;s weights (solid line, circles) and of the hidden layer&apos;s activations f(z) (dashed line, squares), on a log scale. Shrinking gradients towards layer 1 are vanishing gradients; shrinking activations with depth show an init without He&apos;s factor 2. Triangles at the bottom: exactly 0.</source>
        <translation>Por camada, sobre todo o conjunto de treino no passo atual: a raiz do valor quadrático médio do gradiente da perda média em relação aos pesos da camada (linha contínua, círculos) e das ativações f(z) da camada oculta (linha tracejada, quadrados), em escala logarítmica. Gradientes que encolhem rumo à camada 1 são o desaparecimento do gradiente; ativações que encolhem com a profundidade indicam uma inicialização sem o fator 2 de He. Triângulos embaixo: exatamente 0.</translation>
    </message>
    <message>
        <source>layer (out = output layer)</source>
        <translation>camada (saída = camada de saída)</translation>
    </message>
    <message>
        <source>RMS of ∂loss/∂w and of f(z) (log scale)</source>
        <translation>RMS de ∂perda/∂w e de f(z) (escala log)</translation>
    </message>
    <message>
        <source>gradient RMS, ∂loss/∂w</source>
        <translation>RMS do gradiente, ∂perda/∂w</translation>
    </message>
    <message>
        <source>activation RMS, f(z)</source>
        <translation>RMS da ativação, f(z)</translation>
    </message>
    <message>
        <source>gradient exactly 0</source>
        <translation>gradiente exatamente 0</translation>
    </message>
    <message>
        <source>activations exactly 0</source>
        <translation>ativações exatamente 0</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>camada</translation>
    </message>
    <message>
        <source>RMS (log)</source>
        <translation>RMS (log)</translation>
    </message>
    <message>
        <source>out</source>
        <translation>saída</translation>
    </message>
    <message>
        <source>Gradient RMS per weight layer, layer 1 to the output layer: %1. Activation RMS per hidden layer: %2.</source>
        <translation>RMS do gradiente por camada de pesos, da camada 1 à camada de saída: %1. RMS da ativação por camada oculta: %2.</translation>
    </message>
</context>
<context>
    <name>relulab::gui::LessonPanel</name>
    <message>
        <source>Lesson</source>
        <translation>Lição</translation>
    </message>
    <message>
        <source>The current lesson&apos;s explanation, with buttons to step through the lessons (Page Up and Page Down).</source>
        <translation>A explicação da lição atual, com botões para percorrer as lições (Page Up e Page Down).</translation>
    </message>
    <message>
        <source>Lesson number</source>
        <translation>Número da lição</translation>
    </message>
    <message>
        <source>Which lesson this is, of how many</source>
        <translation>Qual lição é esta, de quantas</translation>
    </message>
    <message>
        <source>Lesson title</source>
        <translation>Título da lição</translation>
    </message>
    <message>
        <source>The lesson&apos;s title</source>
        <translation>O título da lição</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation>Texto da lição</translation>
    </message>
    <message>
        <source>What this lesson shows and what to try</source>
        <translation>O que esta lição mostra e o que experimentar</translation>
    </message>
    <message>
        <source>Teacher’s &amp;note</source>
        <translation>&amp;Nota para o professor</translation>
    </message>
    <message>
        <source>Show or hide the longer explanation for the teacher under the lesson text (%1)</source>
        <translation>Mostra ou oculta a explicação mais longa para o professor sob o texto da lição (%1)</translation>
    </message>
    <message>
        <source>Teacher&apos;s note</source>
        <translation>Nota para o professor</translation>
    </message>
    <message>
        <source>The longer explanation behind this lesson, for the teacher</source>
        <translation>A explicação mais longa por trás desta lição, para o professor</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Anterior</translation>
    </message>
    <message>
        <source>Previous lesson</source>
        <translation>Lição anterior</translation>
    </message>
    <message>
        <source>Go to the previous lesson (Page Up)</source>
        <translation>Ir para a lição anterior (Page Up)</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Próxima ▶</translation>
    </message>
    <message>
        <source>Next lesson</source>
        <translation>Próxima lição</translation>
    </message>
    <message>
        <source>Go to the next lesson (Page Down)</source>
        <translation>Ir para a próxima lição (Page Down)</translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Leave the lessons</source>
        <translation>Sair das lições</translation>
    </message>
    <message>
        <source>Close the lesson panel; the current settings stay (Ctrl+Alt+L)</source>
        <translation>Fecha o painel da lição; as configurações atuais ficam (Ctrl+Alt+L)</translation>
    </message>
    <message>
        <source>Lesson %1 of %2</source>
        <translation>Lição %1 de %2</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fontes</translation>
    </message>
    <message>
        <source>Lesson %1 of %2: %3</source>
        <translation>Lição %1 de %2: %3</translation>
    </message>
</context>
<context>
    <name>relulab::gui::MainWindow</name>
    <message>
        <source>ReLU Lab main window</source>
        <translation>Janela principal do ReLU Lab</translation>
    </message>
    <message>
        <source>Explore ReLU, Leaky ReLU and Maxout and their derivatives, and train a small network to watch ReLU units die. F1 lists the keyboard shortcuts.</source>
        <translation>Explore ReLU, Leaky ReLU e Maxout e suas derivadas, e treine uma pequena rede para ver neurônios ReLU morrerem. F1 lista os atalhos de teclado.</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Visões</translation>
    </message>
    <message>
        <source>&amp;Explorer</source>
        <translation>&amp;Explorador</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Treinamento</translation>
    </message>
    <message>
        <source>ReLU, Leaky ReLU and Maxout and their derivatives (Ctrl+1)</source>
        <translation>ReLU, Leaky ReLU e Maxout e suas derivadas (Ctrl+1)</translation>
    </message>
    <message>
        <source>Train a small network and watch units die (Ctrl+2)</source>
        <translation>Treinar uma pequena rede e ver neurônios morrerem (Ctrl+2)</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>Barra de status</translation>
    </message>
    <message>
        <source>Values at the cursor</source>
        <translation>Valores no cursor</translation>
    </message>
    <message>
        <source>Value and derivative of each shown function at the cursor&apos;s z. At a kink: the subgradient set and the value the convention takes.</source>
        <translation>Valor e derivada de cada função exibida no z do cursor. Numa quina: o conjunto de subgradientes e o valor que a convenção usa.</translation>
    </message>
    <message>
        <source>Formulas</source>
        <translation>Fórmulas</translation>
    </message>
    <message>
        <source>The definitions of the shown functions with their current numbers.</source>
        <translation>As definições das funções exibidas com seus números atuais.</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Controles</translation>
    </message>
    <message>
        <source>Explorer</source>
        <translation>Explorador</translation>
    </message>
    <message>
        <source>The comparison run cannot start: %1</source>
        <translation>O treino de comparação não pode começar: %1</translation>
    </message>
    <message>
        <source>Move the mouse over the plots, or focus them and use ← →, to read values; at z = 0 you see the kink.</source>
        <translation>Passe o mouse sobre os gráficos, ou dê foco a eles e use ← →, para ler valores; em z = 0 você vê a quina.</translation>
    </message>
    <message numerus="yes">
        <source>Pinned %n curve(s)</source>
        <translation>
            <numerusform>%n curva fixada</numerusform>
            <numerusform>%n curvas fixadas</numerusform>
        </translation>
    </message>
    <message>
        <source>The visible curves are pinned already</source>
        <translation>As curvas visíveis já estão fixadas</translation>
    </message>
    <message>
        <source>Copied the values at z = %1</source>
        <translation>Valores em z = %1 copiados</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>A exportação falhou</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 salvo</translation>
    </message>
    <message>
        <source>Saved the animation</source>
        <translation>Animação salva</translation>
    </message>
    <message>
        <source>Copied %1 as an image</source>
        <translation>%1 copiado como imagem</translation>
    </message>
    <message>
        <source>Export training log</source>
        <translation>Exportar registro do treino</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Arquivo CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>Some lessons could not be read: %1</source>
        <translation>Algumas lições não puderam ser lidas: %1</translation>
    </message>
    <message>
        <source>&amp;Start the lessons</source>
        <translation>&amp;Iniciar as lições</translation>
    </message>
    <message>
        <source>Show the first lesson, or the current one</source>
        <translation>Mostrar a primeira lição, ou a atual</translation>
    </message>
    <message>
        <source>&amp;Next lesson</source>
        <translation>&amp;Próxima lição</translation>
    </message>
    <message>
        <source>Go to the next lesson (also → while a lesson is shown)</source>
        <translation>Ir para a próxima lição (também → enquanto uma lição é exibida)</translation>
    </message>
    <message>
        <source>&amp;Previous lesson</source>
        <translation>Lição &amp;anterior</translation>
    </message>
    <message>
        <source>Go to the previous lesson (also ← while a lesson is shown)</source>
        <translation>Ir para a lição anterior (também ← enquanto uma lição é exibida)</translation>
    </message>
    <message>
        <source>&amp;Leave the lessons</source>
        <translation>&amp;Sair das lições</translation>
    </message>
    <message>
        <source>Hide the lesson panel; the settings stay as they are</source>
        <translation>Ocultar o painel da lição; as configurações ficam como estão</translation>
    </message>
    <message>
        <source>&amp;%1. %2</source>
        <translation>&amp;%1. %2</translation>
    </message>
    <message>
        <source>Set up the lesson “%1”</source>
        <translation>Preparar a lição “%1”</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lição</translation>
    </message>
    <message>
        <source>Lesson panel</source>
        <translation>Painel da lição</translation>
    </message>
    <message>
        <source>The lesson&apos;s training setup was refused: %1</source>
        <translation>A configuração de treino da lição foi recusada: %1</translation>
    </message>
    <message>
        <source>Lesson %1: %2</source>
        <translation>Lição %1: %2</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Barra de menus</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>Less&amp;on</source>
        <translation>&amp;Lição</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation>&amp;Nova sessão</translation>
    </message>
    <message>
        <source>Start over with the default settings and a new training run</source>
        <translation>Recomeçar com as configurações padrão e um novo treino</translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation>&amp;Abrir sessão…</translation>
    </message>
    <message>
        <source>Open a saved .relulab session: settings, training setup and trained network</source>
        <translation>Abrir uma sessão .relulab salva: configurações, configuração de treino e rede treinada</translation>
    </message>
    <message>
        <source>&amp;Save session</source>
        <translation>&amp;Salvar sessão</translation>
    </message>
    <message>
        <source>Save the settings, the training setup and the trained network at its step</source>
        <translation>Salvar as configurações, a configuração de treino e a rede treinada no seu passo</translation>
    </message>
    <message>
        <source>Save session &amp;as…</source>
        <translation>Salvar sessão &amp;como…</translation>
    </message>
    <message>
        <source>Save the session to a new .relulab file</source>
        <translation>Salvar a sessão num novo arquivo .relulab</translation>
    </message>
    <message>
        <source>Export &amp;figure…</source>
        <translation>Exportar &amp;figura…</translation>
    </message>
    <message>
        <source>Save any plot or a whole view as PNG, SVG or PDF, or its data as CSV</source>
        <translation>Salvar qualquer gráfico ou uma visão inteira como PNG, SVG ou PDF, ou seus dados como CSV</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar CS&amp;V…</translation>
    </message>
    <message>
        <source>Save the curves on a uniform grid as CSV</source>
        <translation>Salvar as curvas numa grade uniforme como CSV</translation>
    </message>
    <message>
        <source>Export ani&amp;mation…</source>
        <translation>Exportar ani&amp;mação…</translation>
    </message>
    <message>
        <source>Save the training (replayed from step 0) or the explorer while α or the range sweeps as an animated GIF or an MP4 video</source>
        <translation>Salvar o treino (reproduzido a partir do passo 0) ou o explorador enquanto α ou o intervalo varia como GIF animado ou vídeo MP4</translation>
    </message>
    <message>
        <source>Export training &amp;log…</source>
        <translation>Exportar re&amp;gistro do treino…</translation>
    </message>
    <message>
        <source>Save the training run&apos;s loss and dead units per recorded step as CSV</source>
        <translation>Salvar a perda e os neurônios mortos do treino por passo registrado como CSV</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;ir</translation>
    </message>
    <message>
        <source>Close ReLU Lab</source>
        <translation>Fechar o ReLU Lab</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>Undo the last change of a setting (a whole drag at once)</source>
        <translation>Desfazer a última mudança de uma configuração (um arraste inteiro de uma vez)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>Redo the change last undone</source>
        <translation>Refazer a última mudança desfeita</translation>
    </message>
    <message>
        <source>&amp;Copy values at cursor</source>
        <translation>&amp;Copiar valores no cursor</translation>
    </message>
    <message>
        <source>Copy z, f(z) and f′(z) of the shown functions at the cursor</source>
        <translation>Copiar z, f(z) e f′(z) das funções exibidas no cursor</translation>
    </message>
    <message>
        <source>Copy plot &amp;image</source>
        <translation>Copiar &amp;imagem do gráfico</translation>
    </message>
    <message>
        <source>Copy the plots in front (explorer plots, or the training curves) as an image</source>
        <translation>Copiar os gráficos em primeiro plano (gráficos do explorador ou curvas de treinamento) como imagem</translation>
    </message>
    <message>
        <source>Increase α</source>
        <translation>Aumentar α</translation>
    </message>
    <message>
        <source>Leaky slope α + 0.01</source>
        <translation>Inclinação α + 0,01</translation>
    </message>
    <message>
        <source>Decrease α</source>
        <translation>Diminuir α</translation>
    </message>
    <message>
        <source>Leaky slope α − 0.01</source>
        <translation>Inclinação α − 0,01</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <source>Show or hide %1</source>
        <translation>Mostrar ou ocultar %1</translation>
    </message>
    <message>
        <source>Show &amp;subgradient set</source>
        <translation>Mostrar conjunto de &amp;subgradientes</translation>
    </message>
    <message>
        <source>Bars over [left, right] at each kink</source>
        <translation>Barras sobre [esquerda, direita] em cada quina</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Aumentar &amp;zoom</translation>
    </message>
    <message>
        <source>Narrow the z range</source>
        <translation>Estreitar o intervalo de z</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Diminuir zoom</translation>
    </message>
    <message>
        <source>Widen the z range</source>
        <translation>Alargar o intervalo de z</translation>
    </message>
    <message>
        <source>&amp;Reset view</source>
        <translation>Redefinir &amp;visão</translation>
    </message>
    <message>
        <source>&amp;Pin visible curves</source>
        <translation>Fi&amp;xar curvas visíveis</translation>
    </message>
    <message>
        <source>Freeze the visible curves with their current parameters as ghosts to compare with</source>
        <translation>Congelar as curvas visíveis com seus parâmetros atuais como fantasmas para comparar</translation>
    </message>
    <message>
        <source>C&amp;lear pins</source>
        <translation>&amp;Limpar fixações</translation>
    </message>
    <message>
        <source>Remove every pinned curve</source>
        <translation>Remover todas as curvas fixadas</translation>
    </message>
    <message>
        <source>E&amp;xplorer tab</source>
        <translation>Aba &amp;Explorador</translation>
    </message>
    <message>
        <source>Show the explorer</source>
        <translation>Mostrar o explorador</translation>
    </message>
    <message>
        <source>&amp;Training tab</source>
        <translation>Aba &amp;Treinamento</translation>
    </message>
    <message>
        <source>Show the training run</source>
        <translation>Mostrar o treino</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Takes effect when ReLU Lab starts again</source>
        <translation>Vale quando o ReLU Lab for iniciado de novo</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Padrão do sistema</translation>
    </message>
    <message>
        <source>Follow the system&apos;s language (now: %1)</source>
        <translation>Seguir o idioma do sistema (agora: %1)</translation>
    </message>
    <message>
        <source>Use %1 from the next start</source>
        <translation>Usar %1 a partir do próximo início</translation>
    </message>
    <message>
        <source>The language changes when ReLU Lab starts again.</source>
        <translation>O idioma muda quando o ReLU Lab for iniciado de novo.</translation>
    </message>
    <message>
        <source>&amp;Convention at kinks</source>
        <translation>Convenção nas &amp;quinas</translation>
    </message>
    <message>
        <source>&amp;Left</source>
        <translation>&amp;Esquerda</translation>
    </message>
    <message>
        <source>Use the left derivative: PyTorch&apos;s and TensorFlow&apos;s ReLU′(0) = 0 and Leaky′(0) = α; for maxout the smallest tied slope, which no framework computes</source>
        <translation>Usar a derivada à esquerda: ReLU′(0) = 0 e Leaky′(0) = α no PyTorch e no TensorFlow; para maxout a menor inclinação empatada, que nenhum framework calcula</translation>
    </message>
    <message>
        <source>&amp;Right</source>
        <translation>&amp;Direita</translation>
    </message>
    <message>
        <source>Use the right derivative: ReLU′(0) = 1, the largest tied slope</source>
        <translation>Usar a derivada à direita: ReLU′(0) = 1, a maior inclinação empatada</translation>
    </message>
    <message>
        <source>&amp;Mean</source>
        <translation>&amp;Média</translation>
    </message>
    <message>
        <source>Use the mean of the left and right derivatives: ReLU′(0) = ½</source>
        <translation>Usar a média das derivadas à esquerda e à direita: ReLU′(0) = ½</translation>
    </message>
    <message>
        <source>&amp;First (PyTorch relu, max(dim))</source>
        <translation>&amp;Primeira (PyTorch relu, max(dim))</translation>
    </message>
    <message>
        <source>Use what PyTorch&apos;s relu, leaky_relu and max(dim) compute: 0 and α as left; maxout as max over the piece dimension gives a tie to the first maximal piece (torch.amax would split it evenly)</source>
        <translation>Usar o que relu, leaky_relu e max(dim) do PyTorch calculam: 0 e α como à esquerda; o maxout como max sobre a dimensão das peças dá um empate à primeira peça máxima (torch.amax o dividiria igualmente)</translation>
    </message>
    <message>
        <source>&amp;Play / Pause</source>
        <translation>&amp;Reproduzir / Pausar</translation>
    </message>
    <message>
        <source>Start or pause training</source>
        <translation>Iniciar ou pausar o treino</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>&amp;Passo</translation>
    </message>
    <message>
        <source>Train one mini-batch step</source>
        <translation>Treinar um passo de mini-lote</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>Re&amp;iniciar</translation>
    </message>
    <message>
        <source>Start the run over with the same seed</source>
        <translation>Recomeçar o treino com a mesma semente</translation>
    </message>
    <message>
        <source>Linear re&amp;gions</source>
        <translation>Re&amp;giões lineares</translation>
    </message>
    <message>
        <source>Show the network&apos;s exact linear regions in the data plot: each region (one on/off pattern of the hidden units) its own colour, the selected unit&apos;s bent line bold</source>
        <translation>Mostrar as regiões lineares exatas da rede no gráfico de dados: cada região (um padrão ligado/desligado dos neurônios ocultos) com sua cor, a linha de dobra do neurônio selecionado em negrito</translation>
    </message>
    <message>
        <source>&amp;Import data…</source>
        <translation>I&amp;mportar dados…</translation>
    </message>
    <message>
        <source>Train on your own CSV examples</source>
        <translation>Treinar com seus próprios exemplos em CSV</translation>
    </message>
    <message>
        <source>&amp;Compare with…</source>
        <translation>&amp;Comparar com…</translation>
    </message>
    <message>
        <source>Train a second run beside this one, same data and seed, another activation</source>
        <translation>Rodar um segundo treino ao lado deste, mesmos dados e semente, outra ativação</translation>
    </message>
    <message>
        <source>S&amp;top comparing</source>
        <translation>&amp;Encerrar comparação</translation>
    </message>
    <message>
        <source>End the second run</source>
        <translation>Encerrar o segundo treino</translation>
    </message>
    <message>
        <source>&amp;Born-dead networks…</source>
        <translation>Redes &amp;natimortas…</translation>
    </message>
    <message>
        <source>How many deep, narrow ReLU nets are dead at initialisation</source>
        <translation>Quantas redes ReLU profundas e estreitas estão mortas na inicialização</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>List every shortcut, menu by menu (F1 or ?)</source>
        <translation>Listar todos os atalhos, menu por menu (F1 ou ?)</translation>
    </message>
    <message>
        <source>&amp;About ReLU Lab</source>
        <translation>&amp;Sobre o ReLU Lab</translation>
    </message>
    <message>
        <source>Version and purpose</source>
        <translation>Versão e propósito</translation>
    </message>
    <message>
        <source>About ReLU Lab</source>
        <translation>Sobre o ReLU Lab</translation>
    </message>
    <message>
        <source>&lt;b&gt;ReLU Lab&lt;/b&gt; %1&lt;br&gt;Explore ReLU, Leaky ReLU and Maxout, their derivatives and kinks.</source>
        <translation>&lt;b&gt;ReLU Lab&lt;/b&gt; %1&lt;br&gt;Explore ReLU, Leaky ReLU e Maxout, suas derivadas e quinas.</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texto &amp;maior</translation>
    </message>
    <message>
        <source>Make all text larger, plots included (Ctrl+= or Ctrl++)</source>
        <translation>Aumentar todo o texto, gráficos incluídos (Ctrl+= ou Ctrl++)</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>Texto me&amp;nor</translation>
    </message>
    <message>
        <source>Make all text smaller, plots included</source>
        <translation>Diminuir todo o texto, gráficos incluídos</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Tamanho de texto n&amp;ormal</translation>
    </message>
    <message>
        <source>Back to the normal text size</source>
        <translation>Voltar ao tamanho de texto normal</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <source>Black on white, thicker lines and a stronger focus ring</source>
        <translation>Preto no branco, linhas mais grossas e um anel de foco mais forte</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>Modo de a&amp;presentação</translation>
    </message>
    <message>
        <source>Full screen with large text and thick lines for a projector; F5 or Esc leaves</source>
        <translation>Tela cheia com texto grande e linhas grossas para um projetor; F5 ou Esc sai</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Apresentar</translation>
    </message>
    <message>
        <source>L&amp;eave presentation mode</source>
        <translation>Sai&amp;r do modo de apresentação</translation>
    </message>
    <message>
        <source>Back to the normal window</source>
        <translation>Voltar à janela normal</translation>
    </message>
    <message>
        <source>&amp;Controls</source>
        <translation>&amp;Controles</translation>
    </message>
    <message>
        <source>Show or hide the control panels of both tabs; presentation mode folds them away to give the plots the room</source>
        <translation>Mostrar ou ocultar os painéis de controle das duas abas; o modo de apresentação os recolhe para dar espaço aos gráficos</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de ferramentas principal</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproduzir</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Passo</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regiões</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Back to z from −10 to 10</source>
        <translation>Voltar a z de −10 a 10</translation>
    </message>
</context>
<context>
    <name>relulab::gui::MaxoutPiecesModel</name>
    <message>
        <source>active</source>
        <translation>ativa</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>oculta</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplicada</translation>
    </message>
    <message>
        <source>Piece %1 = %2 is the maximum on part of the z axis.</source>
        <translation>A peça %1 = %2 é o máximo em parte do eixo z.</translation>
    </message>
    <message>
        <source>Piece %1 = %2 is never the maximum: it does not shape the unit.</source>
        <translation>A peça %1 = %2 nunca é o máximo: não dá forma ao neurônio.</translation>
    </message>
    <message>
        <source>Piece %1 = %2 repeats an earlier piece.</source>
        <translation>A peça %1 = %2 repete uma peça anterior.</translation>
    </message>
    <message>
        <source>slope</source>
        <translation>inclinação</translation>
    </message>
    <message>
        <source>intercept</source>
        <translation>intercepto</translation>
    </message>
    <message>
        <source>state</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>Piece %1: not a number</source>
        <translation>Peça %1: não é um número</translation>
    </message>
</context>
<context>
    <name>relulab::gui::NetworkDiagram</name>
    <message>
        <source>Network diagram</source>
        <translation>Diagrama da rede</translation>
    </message>
    <message>
        <source> — collapsed</source>
        <translation> — colapsada</translation>
    </message>
    <message>
        <source>Layer %1, unit %2</source>
        <translation>Camada %1, neurônio %2</translation>
    </message>
    <message>
        <source>an unknown share</source>
        <translation>uma fração desconhecida</translation>
    </message>
    <message>
        <source>%1: never off — sigmoid and tanh pass gradient on every example (z &gt; 0 on %2 of the training examples)</source>
        <translation>%1: nunca desligado — sigmoid e tanh passam gradiente em todo exemplo (z &gt; 0 em %2 dos exemplos de treino)</translation>
    </message>
    <message>
        <source>%1: dead — z ≤ 0 on every training example (active on %2 of them)</source>
        <translation>%1: morto — z ≤ 0 em todos os exemplos de treino (ativo em %2 deles)</translation>
    </message>
    <message>
        <source>%1: inactive — z ≤ 0 on every training example, but it still passes gradient and can recover (active on %2 of them)</source>
        <translation>%1: inativo — z ≤ 0 em todos os exemplos de treino, mas ainda passa gradiente e pode se recuperar (ativo em %2 deles)</translation>
    </message>
    <message>
        <source>%1: starved — its own kink would pass gradient (active on %2 of the training examples), but none reaches its incoming weights: every path to the output is blocked by a dead layer or zero weights, or its inputs are all 0</source>
        <translation>%1: faminto — sua própria quina passaria gradiente (ativo em %2 dos exemplos de treino), mas nenhum chega aos seus pesos de entrada: todo caminho até a saída está bloqueado por uma camada morta ou por pesos zero, ou suas entradas são todas 0</translation>
    </message>
    <message>
        <source>%1: active — z &gt; 0 on %2 of the training examples</source>
        <translation>%1: ativo — z &gt; 0 em %2 dos exemplos de treino</translation>
    </message>
    <message>
        <source>
At the probed point: z = %1, on</source>
        <translation>
No ponto de sondagem: z = %1, ligado</translation>
    </message>
    <message>
        <source>
At the probed point: z = %1, off</source>
        <translation>
No ponto de sondagem: z = %1, desligado</translation>
    </message>
    <message>
        <source>No network yet. Press Play to train.</source>
        <translation>Ainda não há rede. Pressione Reproduzir para treinar.</translation>
    </message>
    <message>
        <source>%1 hidden layers, %2 units: %3 dead, %4 starved, %5 inactive but alive (counting the starved ones that are off on all data), %6 active on some data.</source>
        <translation>%1 camadas ocultas, %2 neurônios: %3 mortos, %4 famintos, %5 inativos mas vivos (contando os famintos desligados em todos os dados), %6 ativos em alguns dados.</translation>
    </message>
    <message>
        <source> Collapsed: a hidden layer is the same on every training example, so the output no longer depends on x.</source>
        <translation> Colapsada: uma camada oculta é igual em todos os exemplos de treino, então a saída não depende mais de x.</translation>
    </message>
    <message>
        <source> Sigmoid and tanh have no off region: no unit can be dead or inactive.</source>
        <translation> Sigmoid e tanh não têm região desligada: nenhum neurônio pode estar morto ou inativo.</translation>
    </message>
    <message>
        <source> Selected: %1.</source>
        <translation> Selecionado: %1.</translation>
    </message>
    <message>
        <source>dead (its kink blocks every example)</source>
        <translation>morto (sua quina bloqueia todos os exemplos)</translation>
    </message>
    <message>
        <source>dotted, ⊘: starved (no gradient reaches it)</source>
        <translation>pontilhado, ⊘: faminto (nenhum gradiente chega a ele)</translation>
    </message>
    <message>
        <source>dashed: inactive (z ≤ 0 on all data)</source>
        <translation>tracejado: inativo (z ≤ 0 em todos os dados)</translation>
    </message>
    <message>
        <source>hatched: where the unit is off (z ≤ 0)</source>
        <translation>hachurado: onde o neurônio está desligado (z ≤ 0)</translation>
    </message>
    <message>
        <source>grey: z ≤ 0 (sigmoid and tanh are never off)</source>
        <translation>cinza: z ≤ 0 (sigmoid e tanh nunca estão desligados)</translation>
    </message>
    <message>
        <source>on: z &gt; 0, darker = larger</source>
        <translation>ligado: z &gt; 0, mais escuro = maior</translation>
    </message>
    <message>
        <source>w &gt; 0 / w &lt; 0, width ∝ |w|</source>
        <translation>w &gt; 0 / w &lt; 0, espessura ∝ |w|</translation>
    </message>
    <message>
        <source>Press Play to train</source>
        <translation>Pressione Reproduzir para treinar</translation>
    </message>
    <message>
        <source>input</source>
        <translation>entrada</translation>
    </message>
    <message>
        <source>output</source>
        <translation>saída</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>camada %1</translation>
    </message>
    <message>
        <source>dead %1 / %2 (%3%)</source>
        <translation>mortos %1 / %2 (%3%)</translation>
    </message>
    <message>
        <source>, starved %1</source>
        <translation>, famintos %1</translation>
    </message>
</context>
<context>
    <name>relulab::gui::PinsPanel</name>
    <message>
        <source>Pinned curves</source>
        <translation>Curvas fixadas</translation>
    </message>
    <message>
        <source>None. Pin the visible curves (P), then change α or the pieces to compare with them.</source>
        <translation>Nenhuma. Fixe as curvas visíveis (P) e depois altere α ou as peças para comparar com elas.</translation>
    </message>
    <message>
        <source>Pin visible</source>
        <translation>Fixar visíveis</translation>
    </message>
    <message>
        <source>Pin visible curves</source>
        <translation>Fixar curvas visíveis</translation>
    </message>
    <message>
        <source>Freeze every visible curve with its current parameters as a ghost to compare with (P); at most %1</source>
        <translation>Congela cada curva visível com seus parâmetros atuais como fantasma para comparar (P); no máximo %1</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Clear pins</source>
        <translation>Limpar fixações</translation>
    </message>
    <message>
        <source>Remove every pinned curve (Shift+P)</source>
        <translation>Remove todas as curvas fixadas (Shift+P)</translation>
    </message>
    <message>
        <source>Unpin %1</source>
        <translation>Desafixar %1</translation>
    </message>
</context>
<context>
    <name>relulab::gui::ProbePanel</name>
    <message>
        <source>Calculation at the probed point</source>
        <translation>Cálculo no ponto de sondagem</translation>
    </message>
    <message>
        <source>The selected unit&apos;s sum at the probed point: inputs × weights + bias = z, then f(z) and f′(z). Hover the data plot to probe a point, click to pin it.</source>
        <translation>A soma do neurônio selecionado no ponto de sondagem: entradas × pesos + viés = z, depois f(z) e f′(z). Passe o mouse sobre o gráfico de dados para sondar um ponto, clique para fixá-lo.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Probe&lt;/b&gt;: hover the data plot to see the network at a point; click to pin it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ponto de sondagem&lt;/b&gt;: passe o mouse sobre o gráfico de dados para ver a rede num ponto; clique para fixá-lo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Probe&lt;/b&gt;: no network yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ponto de sondagem&lt;/b&gt;: ainda não há rede.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>pinned: click or Esc releases, arrows move it</source>
        <translation>fixado: clique ou Esc libera, as setas o movem</translation>
    </message>
    <message>
        <source>click to pin</source>
        <translation>clique para fixar</translation>
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
        <translation>Ponto de sondagem</translation>
    </message>
    <message>
        <source>layer %1 %2 (%3 on)</source>
        <translation>camada %1 %2 (%3 ligados)</translation>
    </message>
    <message>
        <source>ŷ = %1 → class %2</source>
        <translation>ŷ = %1 → classe %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Linear region %1 of %2&lt;/b&gt;: pattern %3&lt;br&gt;on it the network is affine: %4 = %5&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Região linear %1 de %2&lt;/b&gt;: padrão %3&lt;br&gt;nela a rede é afim: %4 = %5&lt;/p&gt;</translation>
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
        <translation>&lt;p&gt;Selecione um neurônio no diagrama para ver sua soma aqui.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Unit %1·%2&lt;/b&gt; (layer %1, unit %2), %3:&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Neurônio %1·%2&lt;/b&gt; (camada %1, neurônio %2), %3:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>input</source>
        <translation>entrada</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>× weight</source>
        <translation>× peso</translation>
    </message>
    <message>
        <source>× w&lt;sub&gt;%1&lt;/sub&gt;</source>
        <translation>× w&lt;sub&gt;%1&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>= term</source>
        <translation>= termo</translation>
    </message>
    <message>
        <source>+ bias</source>
        <translation>+ viés</translation>
    </message>
    <message>
        <source>= piece</source>
        <translation>= peça</translation>
    </message>
    <message>
        <source> (piece %1 wins)</source>
        <translation> (a peça %1 vence)</translation>
    </message>
    <message>
        <source>&lt;br&gt;z = 0 exactly: the kink. f′(0) = %1 is the %2 convention&apos;s value.</source>
        <translation>&lt;br&gt;z = 0 exatamente: a quina. f′(0) = %1 é o valor da convenção %2.</translation>
    </message>
    <message>
        <source>&lt;br&gt;On: z &gt; 0, the unit passes its input.</source>
        <translation>&lt;br&gt;Ligado: z &gt; 0, o neurônio passa sua entrada.</translation>
    </message>
    <message>
        <source>&lt;br&gt;Off: z ≤ 0, the unit passes %1.</source>
        <translation>&lt;br&gt;Desligado: z ≤ 0, o neurônio passa %1.</translation>
    </message>
    <message>
        <source>nothing (0)</source>
        <translation>nada (0)</translation>
    </message>
    <message>
        <source>its slope × z</source>
        <translation>sua inclinação × z</translation>
    </message>
</context>
<context>
    <name>relulab::gui::SessionDocument</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recentes</translation>
    </message>
    <message>
        <source>Removed from Open Recent (no longer there): %1</source>
        <translation>Removido de Abrir recentes (não existe mais): %1</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sem título</translation>
    </message>
    <message>
        <source>%1[*] — ReLU Lab</source>
        <translation>%1[*] — ReLU Lab</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 aberto</translation>
    </message>
    <message>
        <source> (without the diverged network: the run starts at step 0 when opened)</source>
        <translation> (sem a rede divergente: o treino começa no passo 0 ao abrir)</translation>
    </message>
    <message>
        <source>Saved %1%2</source>
        <translation>%1%2 salvo</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Mudanças não salvas</translation>
    </message>
    <message>
        <source>Save the changes to %1 first?</source>
        <translation>Salvar antes as mudanças em %1?</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nova sessão</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Abrir sessão</translation>
    </message>
    <message>
        <source>Could not open the session</source>
        <translation>Não foi possível abrir a sessão</translation>
    </message>
    <message>
        <source>%1 was not opened:</source>
        <translation>%1 não foi aberto:</translation>
    </message>
    <message>
        <source>%1

Nothing in the open session was changed.</source>
        <translation>%1

Nada na sessão aberta foi alterado.</translation>
    </message>
    <message>
        <source>Could not save the session</source>
        <translation>Não foi possível salvar a sessão</translation>
    </message>
    <message>
        <source>%1 was not saved:
%2

The file on disk was left as it was.</source>
        <translation>%1 não foi salvo:
%2

O arquivo no disco ficou como estava.</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Salvar sessão</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Session not found</source>
        <translation>Sessão não encontrada</translation>
    </message>
    <message>
        <source>%1 no longer exists; it was removed from Open Recent.</source>
        <translation>%1 não existe mais; foi removido de Abrir recentes.</translation>
    </message>
    <message>
        <source>No recent sessions</source>
        <translation>Nenhuma sessão recente</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Limpar a lista</translation>
    </message>
    <message>
        <source>Forget the recently opened and saved sessions</source>
        <translation>Esquecer as sessões abertas e salvas recentemente</translation>
    </message>
    <message>
        <source>The last session could not be restored (%1): %2. Started a new one.</source>
        <translation>Não foi possível restaurar a última sessão (%1): %2. Uma nova foi iniciada.</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>não é possível criar %1</translation>
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
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>On the plot, when it has focus</source>
        <translation>No gráfico, quando ele tem o foco</translation>
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
        <translation>Mover o cursor ao longo de z</translation>
    </message>
    <message>
        <source>It stops on every kink; the readout names the subgradient there</source>
        <translation>Ele para em cada quina; a leitura nomeia o subgradiente ali</translation>
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
        <translation>Alterar α ou a peça do maxout escolhida</translation>
    </message>
    <message>
        <source>α by 0.01, a piece&apos;s intercept by 0.1</source>
        <translation>α em 0,01, o intercepto de uma peça em 0,1</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Choose what ↑ ↓ change</source>
        <translation>Escolher o que ↑ ↓ alteram</translation>
    </message>
    <message>
        <source>α, then each maxout piece in turn</source>
        <translation>α, depois cada peça do maxout por vez</translation>
    </message>
    <message>
        <source>Shift + arrows</source>
        <translation>Shift + setas</translation>
    </message>
    <message>
        <source>Finer steps</source>
        <translation>Passos mais finos</translation>
    </message>
    <message>
        <source>A tenth of the normal step</source>
        <translation>Um décimo do passo normal</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Controles</translation>
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
        <translation>Controle seguinte ou anterior</translation>
    </message>
    <message>
        <source>The focused control has a ring round it</source>
        <translation>O controle com foco tem um anel em volta</translation>
    </message>
    <message>
        <source>Arrows</source>
        <translation>Setas</translation>
    </message>
    <message>
        <source>Change a slider or spin box</source>
        <translation>Alterar um controle deslizante ou caixa numérica</translation>
    </message>
    <message>
        <source>With Shift: a tenth of the step</source>
        <translation>Com Shift: um décimo do passo</translation>
    </message>
    <message>
        <source> on the diagram</source>
        <translation> no diagrama</translation>
    </message>
    <message>
        <source>Select a unit of the network</source>
        <translation>Selecionar um neurônio da rede</translation>
    </message>
    <message>
        <source>Home selects none</source>
        <translation>Home não seleciona nenhum</translation>
    </message>
    <message>
        <source>Shortcut list</source>
        <translation>Lista de atalhos</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of ReLU Lab, grouped by menu, then the keys of the plot and of the controls</source>
        <translation>Todos os atalhos de teclado do ReLU Lab, agrupados por menu, depois as teclas do gráfico e dos controles</translation>
    </message>
    <message>
        <source>Every keyboard shortcut, grouped by menu</source>
        <translation>Todos os atalhos de teclado, agrupados por menu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Close the shortcut list (Esc)</source>
        <translation>Fechar a lista de atalhos (Esc)</translation>
    </message>
</context>
<context>
    <name>relulab::gui::TimelineBar</name>
    <message>
        <source>Timeline</source>
        <translation>Linha do tempo</translation>
    </message>
    <message>
        <source>Step shown</source>
        <translation>Passo exibido</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Mais recente</translation>
    </message>
    <message>
        <source>Show the newest step</source>
        <translation>Mostrar o passo mais recente</translation>
    </message>
    <message>
        <source>Show the run&apos;s newest step again (End). Play also goes on from there.</source>
        <translation>Mostrar de novo o passo mais recente do treino (End). Reproduzir também continua dali.</translation>
    </message>
    <message>
        <source>Continue from here…</source>
        <translation>Continuar daqui…</translation>
    </message>
    <message>
        <source>Continue from the step shown</source>
        <translation>Continuar a partir do passo exibido</translation>
    </message>
    <message>
        <source>Discard the history after the step shown and train on from it, exactly as a run that had stopped there would</source>
        <translation>Descartar o histórico depois do passo exibido e continuar o treino a partir dele, exatamente como faria um treino que tivesse parado ali</translation>
    </message>
    <message>
        <source>unit %1·%2</source>
        <translation>neurônio %1·%2</translation>
    </message>
    <message>
        <source>%1 never died</source>
        <translation>%1 nunca morreu</translation>
    </message>
    <message>
        <source>Continue from step %1?</source>
        <translation>Continuar a partir do passo %1?</translation>
    </message>
    <message>
        <source>Train on from step %1 and discard the history after it (steps %2 to %3)?</source>
        <translation>Continuar o treino a partir do passo %1 e descartar o histórico depois dele (passos %2 a %3)?</translation>
    </message>
    <message>
        <source>Continue from step %1</source>
        <translation>Continuar do passo %1</translation>
    </message>
    <message>
        <source>The run goes on exactly as a run that had stopped at step %1 would: same weights, optimizer state and batch order.</source>
        <translation>O treino continua exatamente como continuaria um treino que tivesse parado no passo %1: mesmos pesos, mesmo estado do otimizador e mesma ordem dos lotes.</translation>
    </message>
    <message>
        <source>Showing step %1 of %2</source>
        <translation>Mostrando o passo %1 de %2</translation>
    </message>
    <message>
        <source>Which step every view shows</source>
        <translation>Qual passo todas as visões mostram</translation>
    </message>
    <message>
        <source>Selected unit&apos;s history</source>
        <translation>Histórico do neurônio selecionado</translation>
    </message>
    <message>
        <source>When the selected unit died and revived in the run&apos;s history</source>
        <translation>Quando o neurônio selecionado morreu e reviveu no histórico da execução</translation>
    </message>
    <message>
        <source>Newest step</source>
        <translation>Passo mais recente</translation>
    </message>
</context>
<context>
    <name>relulab::gui::TimelineTrack</name>
    <message>
        <source>Training timeline</source>
        <translation>Linha do tempo do treino</translation>
    </message>
    <message>
        <source>The run&apos;s history: drag or click to show a kept step in every view; ←/→ one kept step, PgUp/PgDn a tenth of the run, Home the start, End or Esc the newest step. ▼ a unit died, ▲ it revived.</source>
        <translation>O histórico da execução: arraste ou clique para mostrar um passo guardado em todas as visões; ←/→ um passo guardado, PgUp/PgDn um décimo do treino, Home o início, End ou Esc o passo mais recente. ▼ um neurônio morreu, ▲ ele reviveu.</translation>
    </message>
</context>
<context>
    <name>relulab::gui::TrainingCurves</name>
    <message>
        <source>Training curves</source>
        <translation>Curvas de treinamento</translation>
    </message>
    <message>
        <source>Loss over training steps (train: solid line, test: dashed line) on the left axis and the share of dead hidden units (thick grey step line) on the right axis. When two runs are compared: each run&apos;s train loss (thin) and dead share (thick step line), the main run solid blue, the second run dashed vermillion; the legend names each run with its dead units. On the outer right axis, the number of linear regions of the main run&apos;s network in the input view&apos;s box (dash-dot line; triangles where the count stopped at its limit), with a thin line for the most a one-hidden-layer net can have or a dotted line for the scale of a deeper one.</source>
        <translation>Perda ao longo dos passos de treino (treino: linha contínua, teste: linha tracejada) no eixo esquerdo e a fração de neurônios ocultos mortos (linha em degraus cinza grossa) no eixo direito. Ao comparar dois treinos: a perda de treino de cada um (fina) e a fração de mortos (linha em degraus grossa), o treino principal em azul contínuo, o segundo em vermelhão tracejado; a legenda nomeia cada treino com seus neurônios mortos. No eixo direito externo, o número de regiões lineares da rede do treino principal na caixa da visão de entrada (linha traço-ponto; triângulos onde a contagem parou no limite), com uma linha fina para o máximo que uma rede de uma camada oculta pode ter ou uma linha pontilhada para a escala de uma mais profunda.</translation>
    </message>
    <message>
        <source>step</source>
        <translation>passo</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>perda</translation>
    </message>
    <message>
        <source>dead units (%)</source>
        <translation>neurônios mortos (%)</translation>
    </message>
    <message>
        <source>linear regions</source>
        <translation>regiões lineares</translation>
    </message>
    <message>
        <source>dead (%)</source>
        <translation>mortos (%)</translation>
    </message>
    <message>
        <source>loss (log scale)</source>
        <translation>perda (escala log)</translation>
    </message>
    <message>
        <source>log loss</source>
        <translation>log da perda</translation>
    </message>
    <message>
        <source>regions</source>
        <translation>regiões</translation>
    </message>
    <message>
        <source>%1: %2 / %3 dead (%4%)</source>
        <translation>%1: %2 / %3 mortos (%4%)</translation>
    </message>
    <message>
        <source>train loss</source>
        <translation>perda de treino</translation>
    </message>
    <message>
        <source>test loss</source>
        <translation>perda de teste</translation>
    </message>
    <message>
        <source>dead units</source>
        <translation>neurônios mortos</translation>
    </message>
    <message>
        <source>≥: more regions than the limit</source>
        <translation>≥: mais regiões que o limite</translation>
    </message>
    <message>
        <source>linear regions (%1)</source>
        <translation>regiões lineares (%1)</translation>
    </message>
    <message>
        <source>max %1 = N + 1</source>
        <translation>máx %1 = N + 1</translation>
    </message>
    <message>
        <source>At most %1 intervals: each of the N = %2 hidden units bends the output at most once along x, and %2 kinks cut the line into at most N + 1 = %1 intervals. Inside the view&apos;s range there can only be fewer.</source>
        <translation>No máximo %1 intervalos: cada um dos N = %2 neurônios ocultos dobra a saída no máximo uma vez ao longo de x, e %2 quinas cortam a reta em no máximo N + 1 = %1 intervalos. Dentro do intervalo da visão só pode haver menos.</translation>
    </message>
    <message>
        <source>max %1 (Zaslavsky)</source>
        <translation>máx %1 (Zaslavsky)</translation>
    </message>
    <message>
        <source>~ units = %1</source>
        <translation>~ neurônios = %1</translation>
    </message>
    <message>
        <source>~ (units)² = %1</source>
        <translation>~ (neurônios)² = %1</translation>
    </message>
    <message>
        <source>At most %1 regions: the N = %2 hidden units are %2 lines in the plane, and %2 lines in general position cut it into 1 + N + N(N−1)/2 = %1 regions (Zaslavsky 1975). Inside the view&apos;s box there can only be fewer: 1 + (lines crossing the box) + (crossings inside it).</source>
        <translation>No máximo %1 regiões: os N = %2 neurônios ocultos são %2 retas no plano, e %2 retas em posição geral o cortam em 1 + N + N(N−1)/2 = %1 regiões (Zaslavsky 1975). Dentro da caixa da visão só pode haver menos: 1 + (retas que cruzam a caixa) + (cruzamentos dentro dela).</translation>
    </message>
    <message>
        <source>A scale, not an exact limit: for a 1-D input, the average number of linear pieces of a ReLU network at initialisation is bounded by about (number of hidden units)¹ = %1, independent of depth, and stays near that in training (Hanin &amp; Rolnick 2019, “Deep ReLU Networks Have Surprisingly Few Activation Patterns”). The most a deep net can have grows exponentially with depth (Montúfar et al. 2014).</source>
        <translation>Uma escala, não um limite exato: para uma entrada 1-D, o número médio de peças lineares de uma rede ReLU na inicialização é limitado por cerca de (número de neurônios ocultos)¹ = %1, independentemente da profundidade, e fica perto disso no treino (Hanin &amp; Rolnick 2019, “Deep ReLU Networks Have Surprisingly Few Activation Patterns”). O máximo que uma rede profunda pode ter cresce exponencialmente com a profundidade (Montúfar et al. 2014).</translation>
    </message>
    <message>
        <source>A scale, not an exact limit: for a 2-D input, the average number of regions of a ReLU network at initialisation is bounded by about (number of hidden units)² = %1 × %1 = %2, independent of depth, and stays near that in training (Hanin &amp; Rolnick 2019, “Deep ReLU Networks Have Surprisingly Few Activation Patterns”). The most a deep net can have grows exponentially with depth (Montúfar et al. 2014).</source>
        <translation>Uma escala, não um limite exato: para uma entrada 2-D, o número médio de regiões de uma rede ReLU na inicialização é limitado por cerca de (número de neurônios ocultos)² = %1 × %1 = %2, independentemente da profundidade, e fica perto disso no treino (Hanin &amp; Rolnick 2019, “Deep ReLU Networks Have Surprisingly Few Activation Patterns”). O máximo que uma rede profunda pode ter cresce exponencialmente com a profundidade (Montúfar et al. 2014).</translation>
    </message>
    <message>
        <source>dead, layer %1</source>
        <translation>mortos, camada %1</translation>
    </message>
</context>
<context>
    <name>relulab::gui::TrainingPanel</name>
    <message>
        <source>Training controls</source>
        <translation>Controles de treino</translation>
    </message>
    <message>
        <source>Training message</source>
        <translation>Mensagem do treino</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Execução</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproduzir</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>Reproduzir ou pausar</translation>
    </message>
    <message>
        <source>Start or pause training (Space)</source>
        <translation>Iniciar ou pausar o treino (Espaço)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Passo</translation>
    </message>
    <message>
        <source>Train one mini-batch step (N)</source>
        <translation>Treinar um passo de mini-lote (N)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Start over from step 0 with the same seed: the identical run (Ctrl+R)</source>
        <translation>Recomeçar do passo 0 com a mesma semente: o treino idêntico (Ctrl+R)</translation>
    </message>
    <message>
        <source>Training speed</source>
        <translation>Velocidade do treino</translation>
    </message>
    <message>
        <source>Steps per second, from 1 to 10,000; far right: as fast as possible</source>
        <translation>Passos por segundo, de 1 a 10.000; no extremo direito: o mais rápido possível</translation>
    </message>
    <message>
        <source>Training speed value</source>
        <translation>Valor da velocidade do treino</translation>
    </message>
    <message>
        <source>Steps per second</source>
        <translation>Passos por segundo</translation>
    </message>
    <message>
        <source>%1 steps/s</source>
        <translation>%1 passos/s</translation>
    </message>
    <message>
        <source>speed</source>
        <translation>velocidade</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dados</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>Conjunto de dados</translation>
    </message>
    <message>
        <source>The toy data set: 2-D classification (circle, xor, ...), class by a curve (above-sine, above-cubic, above-abs) or 1-D regression (abs, sine, step)</source>
        <translation>O conjunto de dados de brinquedo: classificação 2-D (circle, xor, ...), classe por uma curva (above-sine, above-cubic, above-abs) ou regressão 1-D (abs, sine, step)</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Ruído</translation>
    </message>
    <message>
        <source>Noise added to the examples, in the data&apos;s units</source>
        <translation>Ruído somado aos exemplos, nas unidades dos dados</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Amostras</translation>
    </message>
    <message>
        <source>Number of examples; 20% are held out for testing</source>
        <translation>Número de exemplos; 20% são separados para teste</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Importar CSV</translation>
    </message>
    <message>
        <source>Train on your own examples: rows x1,x2,label or x,y</source>
        <translation>Treinar com seus próprios exemplos: linhas x1,x2,label ou x,y</translation>
    </message>
    <message>
        <source>set</source>
        <translation>conjunto</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>ruído</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>amostras</translation>
    </message>
    <message>
        <source>Class a click adds</source>
        <translation>Classe que um clique adiciona</translation>
    </message>
    <message>
        <source>Click the data plot to add an example of this class; Shift+click removes the nearest example. The run starts over on the new data.</source>
        <translation>Clique no gráfico de dados para adicionar um exemplo desta classe; Shift+clique remove o exemplo mais próximo. O treino recomeça com os novos dados.</translation>
    </message>
    <message>
        <source>Ctrl+click adds class 1 (● blue)</source>
        <translation>Ctrl+clique adiciona classe 1 (● azul)</translation>
    </message>
    <message>
        <source>Ctrl+click adds class 0 (▲ orange)</source>
        <translation>Ctrl+clique adiciona classe 0 (▲ laranja)</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>editar</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <source>Hidden layer widths</source>
        <translation>Larguras das camadas ocultas</translation>
    </message>
    <message>
        <source>Widths of the hidden layers, e.g. 8,8 (1 to 12 layers of 1 to 32 units)</source>
        <translation>Larguras das camadas ocultas, p. ex. 8,8 (de 1 a 12 camadas de 1 a 32 neurônios)</translation>
    </message>
    <message>
        <source>+ layer</source>
        <translation>+ camada</translation>
    </message>
    <message>
        <source>Add layer</source>
        <translation>Adicionar camada</translation>
    </message>
    <message>
        <source>Add a hidden layer as wide as the last</source>
        <translation>Adicionar uma camada oculta tão larga quanto a última</translation>
    </message>
    <message>
        <source>− layer</source>
        <translation>− camada</translation>
    </message>
    <message>
        <source>Remove layer</source>
        <translation>Remover camada</translation>
    </message>
    <message>
        <source>Remove the last hidden layer</source>
        <translation>Remover a última camada oculta</translation>
    </message>
    <message>
        <source>widths</source>
        <translation>larguras</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>ativação</translation>
    </message>
    <message>
        <source>Initialisation</source>
        <translation>Inicialização</translation>
    </message>
    <message>
        <source>He normal N(0, gain/fan-in), He uniform (the same variance), or Xavier uniform U(±√(6/(fan-in + fan-out))). He&apos;s gain is 2 for ReLU, 2/(1 + a²) for Leaky and PReLU (a = α, or PReLU&apos;s initial 0.25), and 1/E[Mₖ²] for maxout of k pieces, Mₖ the largest of k standard normals: 1, 0.78, 0.64, 0.56 for k = 2 … 5 (He&apos;s 2 would make maxout layers grow).</source>
        <translation>He normal N(0, ganho/fan-in), He uniforme (a mesma variância) ou Xavier uniforme U(±√(6/(fan-in + fan-out))). O ganho de He é 2 para ReLU, 2/(1 + a²) para Leaky e PReLU (a = α, ou o 0,25 inicial da PReLU) e 1/E[Mₖ²] para maxout de k peças, Mₖ o maior de k normais padrão: 1; 0,78; 0,64; 0,56 para k = 2 … 5 (o 2 de He faria as camadas maxout crescerem).</translation>
    </message>
    <message>
        <source>He normal</source>
        <translation>He normal</translation>
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
        <translation>inic.</translation>
    </message>
    <message>
        <source>Bias init</source>
        <translation>Inicialização do viés</translation>
    </message>
    <message>
        <source>bias init</source>
        <translation>inic. do viés</translation>
    </message>
    <message>
        <source>Hidden activation</source>
        <translation>Ativação oculta</translation>
    </message>
    <message>
        <source>ReLU, Leaky ReLU (slope α), PReLU (a learned slope per unit, starts at 0.25; PyTorch&apos;s nn.PReLU shares one slope per layer by default), Maxout (k pieces), or for comparison sigmoid and tanh. Switching between ReLU, Leaky, PReLU, sigmoid and tanh keeps the weights: dead units can come back. Switching to or from Maxout starts a new network.</source>
        <translation>ReLU, Leaky ReLU (inclinação α), PReLU (uma inclinação aprendida por neurônio, começa em 0,25; o nn.PReLU do PyTorch compartilha uma inclinação por camada por padrão), Maxout (k peças) ou, para comparação, sigmoid e tanh. Trocar entre ReLU, Leaky, PReLU, sigmoid e tanh mantém os pesos: neurônios mortos podem voltar. Trocar para ou de Maxout começa uma nova rede.</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>max(0, z): flat for z &lt; 0</source>
        <translation>max(0, z): plana para z &lt; 0</translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <source>z for z &gt; 0, α·z otherwise</source>
        <translation>z para z &gt; 0, α·z caso contrário</translation>
    </message>
    <message>
        <source>PReLU</source>
        <translation>PReLU</translation>
    </message>
    <message>
        <source>Leaky ReLU whose slope α is learned, one per unit</source>
        <translation>Leaky ReLU cuja inclinação α é aprendida, uma por neurônio</translation>
    </message>
    <message>
        <source>Maxout</source>
        <translation>Maxout</translation>
    </message>
    <message>
        <source>The largest of k affine pieces, each with its own weights</source>
        <translation>A maior de k peças afins, cada uma com seus próprios pesos</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation>Sigmoid</translation>
    </message>
    <message>
        <source>σ(z) = 1/(1+e⁻ᶻ): saturates on both sides, σ′ ≤ 1/4, so gradients vanish in deep nets. Never dead. Xavier is the initialisation derived for it.</source>
        <translation>σ(z) = 1/(1+e⁻ᶻ): satura dos dois lados, σ′ ≤ 1/4, então os gradientes desaparecem em redes profundas. Nunca morre. Xavier é a inicialização derivada para ela.</translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <source>tanh(z): saturates on both sides, tanh′ ≤ 1, so gradients shrink in deep nets. Never dead. Xavier is the initialisation derived for it.</source>
        <translation>tanh(z): satura dos dois lados, tanh′ ≤ 1, então os gradientes encolhem em redes profundas. Nunca morre. Xavier é a inicialização derivada para ela.</translation>
    </message>
    <message>
        <source>Leaky slope alpha</source>
        <translation>Inclinação alfa</translation>
    </message>
    <message>
        <source>Leaky ReLU slope α for z &lt; 0, in [0, 1)</source>
        <translation>Inclinação α da Leaky ReLU para z &lt; 0, em [0, 1)</translation>
    </message>
    <message>
        <source>Maxout pieces</source>
        <translation>Peças do maxout</translation>
    </message>
    <message>
        <source>Pieces per maxout unit, 2 to 5</source>
        <translation>Peças por neurônio maxout, de 2 a 5</translation>
    </message>
    <message>
        <source>Optimiser</source>
        <translation>Otimizador</translation>
    </message>
    <message>
        <source>SGD, SGD with momentum 0.9, or Adam</source>
        <translation>SGD, SGD com momentum 0,9, ou Adam</translation>
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
        <translation>otimizador</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taxa de aprendizado</translation>
    </message>
    <message>
        <source>Step size; can be changed while training runs. Too high kills ReLU units or makes the loss diverge</source>
        <translation>Tamanho do passo; pode ser alterado durante o treino. Alta demais mata neurônios ReLU ou faz a perda divergir</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>taxa de aprendizado</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Tamanho do lote</translation>
    </message>
    <message>
        <source>Examples per step</source>
        <translation>Exemplos por passo</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>lote</translation>
    </message>
    <message>
        <source>L2 weight decay</source>
        <translation>Decaimento de pesos L2</translation>
    </message>
    <message>
        <source>L2 penalty on the weights (not biases)</source>
        <translation>Penalidade L2 sobre os pesos (não os vieses)</translation>
    </message>
    <message>
        <source>L2</source>
        <translation>L2</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semente</translation>
    </message>
    <message>
        <source>Seed of the data, the initial weights and the batch order: same seed, same run</source>
        <translation>Semente dos dados, dos pesos iniciais e da ordem dos lotes: mesma semente, mesmo treino</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>semente</translation>
    </message>
    <message>
        <source>max</source>
        <translation>máx.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>Importar dados</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Arquivos CSV (*.csv);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Every hidden bias starts here; a strongly negative value (e.g. −2) kills ReLU units on purpose</source>
        <translation>Todo viés oculto começa aqui; um valor bem negativo (p. ex. −2) mata neurônios ReLU de propósito</translation>
    </message>
</context>
<context>
    <name>relulab::gui::TrainingTab</name>
    <message>
        <source>Training</source>
        <translation>Treinamento</translation>
    </message>
    <message>
        <source>Training controls</source>
        <translation>Controles de treino</translation>
    </message>
    <message>
        <source>Training status</source>
        <translation>Status do treino</translation>
    </message>
    <message>
        <source>Step, losses, test accuracy, dead and starved units, whether the network has collapsed, and training speed</source>
        <translation>Passo, perdas, acurácia no teste, neurônios mortos e famintos, se a rede colapsou, e velocidade do treino</translation>
    </message>
    <message>
        <source>The examples (filled: training, hollow: test), the network&apos;s prediction and, hatched, where the selected unit is off (z ≤ 0).
Hover: probe the network at a point, and every view follows. Click: pin the probe; click again or Esc: release it; arrow keys move a pinned probe (Shift: finer).
Ctrl+click: add an example; Shift+click: remove the nearest.</source>
        <translation>Os exemplos (cheios: treino, vazados: teste), a previsão da rede e, hachurado, onde o neurônio selecionado está desligado (z ≤ 0).
Passe o mouse: sonda a rede num ponto, e todas as visões acompanham. Clique: fixa a sondagem; clique de novo ou Esc: libera; as setas movem uma sondagem fixada (Shift: mais fino).
Ctrl+clique: adiciona um exemplo; Shift+clique: remove o mais próximo.</translation>
    </message>
    <message>
        <source>Training and test loss, the share of dead hidden units and the number of linear regions in the input view&apos;s box, against the step (when comparing, the regions are the main run&apos;s). Hover a reference line to see what it means.</source>
        <translation>Perda de treino e de teste, a fração de neurônios ocultos mortos e o número de regiões lineares na caixa da visão de entrada, em função do passo (ao comparar, as regiões são as do treino principal). Passe o mouse sobre uma linha de referência para ver o que ela significa.</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Play&lt;/b&gt; (Space) to train.</source>
        <translation>Pressione &lt;b&gt;Reproduzir&lt;/b&gt; (Espaço) para treinar.</translation>
    </message>
    <message>
        <source>Pre-activation histogram</source>
        <translation>Histograma de pré-ativação</translation>
    </message>
    <message>
        <source>How the selected unit&apos;s pre-activation z is spread over the training data; left of 0 (shaded) the ReLU is off</source>
        <translation>Como a pré-ativação z do neurônio selecionado se distribui nos dados de treino; à esquerda de 0 (sombreado) a ReLU está desligada</translation>
    </message>
    <message>
        <source>Bars: how many training examples give each value of the selected unit&apos;s pre-activation z. The hatched area left of z = 0 is where a ReLU is off; a dead unit has every bar there.</source>
        <translation>Barras: quantos exemplos de treino dão cada valor da pré-ativação z do neurônio selecionado. A área hachurada à esquerda de z = 0 é onde uma ReLU está desligada; um neurônio morto tem todas as barras ali.</translation>
    </message>
    <message>
        <source>z of the selected unit</source>
        <translation>z do neurônio selecionado</translation>
    </message>
    <message>
        <source>examples</source>
        <translation>exemplos</translation>
    </message>
    <message>
        <source>step &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>passo &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>loss &lt;b&gt;%1&lt;/b&gt; (test %2)</source>
        <translation>perda &lt;b&gt;%1&lt;/b&gt; (teste %2)</translation>
    </message>
    <message>
        <source>test accuracy &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>acurácia no teste &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>dead &lt;b&gt;%1 / %2&lt;/b&gt; (%3)</source>
        <translation>mortos &lt;b&gt;%1 / %2&lt;/b&gt; (%3)</translation>
    </message>
    <message>
        <source>starved &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>famintos &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>collapsed: the output is the same for every training input</source>
        <translation>colapsada: a saída é a mesma para toda entrada de treino</translation>
    </message>
    <message>
        <source>%1 examples/s</source>
        <translation>%1 exemplos/s</translation>
    </message>
    <message>
        <source>unit %1·%2</source>
        <translation>neurônio %1·%2</translation>
    </message>
    <message>
        <source>select a unit in the diagram</source>
        <translation>selecione um neurônio no diagrama</translation>
    </message>
    <message>
        <source>z of %1 on the training data</source>
        <translation>z de %1 nos dados de treino</translation>
    </message>
    <message>
        <source>Compare: %1</source>
        <translation>Comparação: %1</translation>
    </message>
    <message>
        <source>This run: %1</source>
        <translation>Este treino: %1</translation>
    </message>
    <message>
        <source>ŷ = %1 → class %2</source>
        <translation>ŷ = %1 → classe %2</translation>
    </message>
    <message>
        <source> · region %1</source>
        <translation> · região %1</translation>
    </message>
    <message>
        <source>unit %1·%2 at the probe</source>
        <translation>neurônio %1·%2 no ponto de sondagem</translation>
    </message>
    <message>
        <source>
In the run&apos;s history: %1</source>
        <translation>
No histórico da execução: %1</translation>
    </message>
    <message>
        <source>showing kept step &lt;b&gt;%1&lt;/b&gt; of %2</source>
        <translation>mostrando o passo guardado &lt;b&gt;%1&lt;/b&gt; de %2</translation>
    </message>
</context>
<context>
    <name>relulab::session::ExplorerState</name>
    <message>
        <source>there is no maxout piece %1</source>
        <translation>não há peça %1 do maxout</translation>
    </message>
    <message>
        <source>the number of samples must be between 2 and 1000000</source>
        <translation>o número de amostras deve estar entre 2 e 1000000</translation>
    </message>
</context>
<context>
    <name>relulab::session::TrainingSetupModel</name>
    <message>
        <source>the number of samples must be between %1 and %2</source>
        <translation>o número de amostras deve estar entre %1 e %2</translation>
    </message>
    <message>
        <source>the noise must be a number in [0, 10]</source>
        <translation>o ruído deve ser um número em [0, 10]</translation>
    </message>
</context>
<context>
    <name>relulab::session::TrainingWorker</name>
    <message>
        <source>loss became %1 at step %2 — learning rate too high? Reset to start over.</source>
        <translation>a perda virou %1 no passo %2 — taxa de aprendizado alta demais? Reinicie para recomeçar.</translation>
    </message>
    <message>
        <source>infinite</source>
        <translation>infinita</translation>
    </message>
    <message>
        <source>a weight became NaN or infinite by step %1 — learning rate too high? Reset to start over.</source>
        <translation>um peso virou NaN ou infinito até o passo %1 — taxa de aprendizado alta demais? Reinicie para recomeçar.</translation>
    </message>
    <message>
        <source>Shown: the network at step %1, its last finite state.</source>
        <translation>Exibido: a rede no passo %1, seu último estado finito.</translation>
    </message>
</context>
</TS>
