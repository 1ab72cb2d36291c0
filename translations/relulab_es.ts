<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AnimationWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>an empty frame</source>
        <translation>un fotograma vacío</translation>
    </message>
    <message>
        <source>the animation was not started</source>
        <translation>la animación no se inició</translation>
    </message>
    <message>
        <source>no frames to encode</source>
        <translation>no hay fotogramas que codificar</translation>
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
        <translation>Controles del explorador</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>Funciones</translation>
    </message>
    <message>
        <source>&amp;ReLU  (solid)</source>
        <translation>&amp;ReLU  (continua)</translation>
    </message>
    <message>
        <source>Show ReLU(z) = max(0, z) and its derivative (blue, solid line, round markers).</source>
        <translation>Mostrar ReLU(z) = max(0, z) y su derivada (azul, línea continua, marcadores redondos).</translation>
    </message>
    <message>
        <source>Show ReLU</source>
        <translation>Mostrar ReLU</translation>
    </message>
    <message>
        <source>&amp;Leaky ReLU  (dashed)</source>
        <translation>&amp;Leaky ReLU  (a trazos)</translation>
    </message>
    <message>
        <source>Show Leaky ReLU(z) = max(αz, z) and its derivative (vermillion, dashed line, square markers).</source>
        <translation>Mostrar Leaky ReLU(z) = max(αz, z) y su derivada (bermellón, línea a trazos, marcadores cuadrados).</translation>
    </message>
    <message>
        <source>Show Leaky ReLU</source>
        <translation>Mostrar Leaky ReLU</translation>
    </message>
    <message>
        <source>&amp;Maxout  (dash-dot)</source>
        <translation>&amp;Maxout  (trazo-punto)</translation>
    </message>
    <message>
        <source>Show the maxout unit max_i(w_i z + b_i), its pieces and its derivative (bluish green, dash-dot line, diamond markers).</source>
        <translation>Mostrar la neurona maxout max_i(w_i z + b_i), sus piezas y su derivada (verde azulado, línea de trazo y punto, rombos).</translation>
    </message>
    <message>
        <source>Show Maxout</source>
        <translation>Mostrar Maxout</translation>
    </message>
    <message>
        <source>Smooth cousins ▾</source>
        <translation>Primas suaves ▾</translation>
    </message>
    <message>
        <source>Show smooth activations for contrast: no kink, the derivative never jumps.</source>
        <translation>Mostrar funciones de activación suaves para contrastar: sin quiebre, la derivada nunca salta.</translation>
    </message>
    <message>
        <source>Show the smooth cousins</source>
        <translation>Mostrar las primas suaves</translation>
    </message>
    <message>
        <source>Smooth cousins</source>
        <translation>Primas suaves</translation>
    </message>
    <message>
        <source>Softplus  (dotted)</source>
        <translation>Softplus  (punteada)</translation>
    </message>
    <message>
        <source>Softplus(z) = log(1 + e^(βz)) / β: a smooth ReLU.</source>
        <translation>Softplus(z) = log(1 + e^(βz)) / β: una ReLU suave.</translation>
    </message>
    <message>
        <source>Show Softplus</source>
        <translation>Mostrar Softplus</translation>
    </message>
    <message>
        <source>Softplus sharpness β (&gt; 0): the larger, the closer to ReLU.</source>
        <translation>Nitidez β de Softplus (&gt; 0): cuanto mayor, más cerca de ReLU.</translation>
    </message>
    <message>
        <source>Softplus beta</source>
        <translation>Beta de Softplus</translation>
    </message>
    <message>
        <source>ELU  (dash-dot-dot)</source>
        <translation>ELU  (trazo-punto-punto)</translation>
    </message>
    <message>
        <source>ELU(z) = z for z &gt; 0, e^z − 1 otherwise (α = 1).</source>
        <translation>ELU(z) = z para z &gt; 0, e^z − 1 en otro caso (α = 1).</translation>
    </message>
    <message>
        <source>Show ELU</source>
        <translation>Mostrar ELU</translation>
    </message>
    <message>
        <source>GELU  (long dashes)</source>
        <translation>GELU  (trazos largos)</translation>
    </message>
    <message>
        <source>GELU(z) = z · Φ(z), Φ the standard normal CDF.</source>
        <translation>GELU(z) = z · Φ(z), Φ la función de distribución normal estándar.</translation>
    </message>
    <message>
        <source>Show GELU</source>
        <translation>Mostrar GELU</translation>
    </message>
    <message>
        <source>SiLU  (fine dots)</source>
        <translation>SiLU  (puntos finos)</translation>
    </message>
    <message>
        <source>SiLU(z) = z · σ(z), also called swish.</source>
        <translation>SiLU(z) = z · σ(z), también llamada swish.</translation>
    </message>
    <message>
        <source>Show SiLU</source>
        <translation>Mostrar SiLU</translation>
    </message>
    <message>
        <source>Sigmoid  (long dash-dot)</source>
        <translation>Sigmoid  (trazo largo y punto)</translation>
    </message>
    <message>
        <source>σ(z) = 1 / (1 + e^−z), what ReLU replaced: it saturates on both sides and σ′ ≤ 1/4 (at 0), so gradients vanish through many layers.</source>
        <translation>σ(z) = 1 / (1 + e^−z), lo que ReLU reemplazó: satura por ambos lados y σ′ ≤ 1/4 (en 0), así que los gradientes se desvanecen a través de muchas capas.</translation>
    </message>
    <message>
        <source>Show Sigmoid</source>
        <translation>Mostrar Sigmoid</translation>
    </message>
    <message>
        <source>Tanh  (very long dashes)</source>
        <translation>Tanh  (trazos muy largos)</translation>
    </message>
    <message>
        <source>tanh(z) = (e^z − e^−z) / (e^z + e^−z): saturates on both sides, tanh′ ≤ 1 (at 0), zero-centred.</source>
        <translation>tanh(z) = (e^z − e^−z) / (e^z + e^−z): satura por ambos lados, tanh′ ≤ 1 (en 0), centrada en cero.</translation>
    </message>
    <message>
        <source>Show Tanh</source>
        <translation>Mostrar Tanh</translation>
    </message>
    <message>
        <source>Leaky slope α</source>
        <translation>Pendiente leaky α</translation>
    </message>
    <message>
        <source>Leaky ReLU negative slope α. Fine steps near 0; the spin box takes any value in [−1, 1]. Also: drag the dashed curve left of 0 on the plot.</source>
        <translation>Pendiente negativa α de Leaky ReLU. Pasos finos cerca de 0; el campo numérico admite cualquier valor en [−1, 1]. También: arrastrar la curva a trazos a la izquierda de 0 en el gráfico.</translation>
    </message>
    <message>
        <source>Leaky slope alpha slider</source>
        <translation>Deslizador de la pendiente leaky alfa</translation>
    </message>
    <message>
        <source>Leaky ReLU negative slope α in [−1, 1] (PyTorch default 0.01, Keras 0.3, PReLU starts at 0.25).</source>
        <translation>Pendiente negativa α de Leaky ReLU en [−1, 1] (PyTorch usa 0,01 por defecto, Keras 0,3, PReLU empieza en 0,25).</translation>
    </message>
    <message>
        <source>Leaky slope alpha</source>
        <translation>Pendiente leaky alfa</translation>
    </message>
    <message>
        <source>Input range z</source>
        <translation>Rango de entrada z</translation>
    </message>
    <message>
        <source>lo</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>Left end of the z range. Also: drag empty plot space to pan, wheel to zoom.</source>
        <translation>Extremo izquierdo del rango de z. También: arrastrar un espacio vacío del gráfico para desplazar, rueda para hacer zoom.</translation>
    </message>
    <message>
        <source>Range low slider</source>
        <translation>Deslizador del límite inferior</translation>
    </message>
    <message>
        <source>Left end of the z range (must be below hi).</source>
        <translation>Extremo izquierdo del rango de z (debe quedar por debajo de «hasta»).</translation>
    </message>
    <message>
        <source>Range low</source>
        <translation>Límite inferior</translation>
    </message>
    <message>
        <source>hi</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Right end of the z range.</source>
        <translation>Extremo derecho del rango de z.</translation>
    </message>
    <message>
        <source>Range high slider</source>
        <translation>Deslizador del límite superior</translation>
    </message>
    <message>
        <source>Right end of the z range (must be above lo).</source>
        <translation>Extremo derecho del rango de z (debe quedar por encima de «desde»).</translation>
    </message>
    <message>
        <source>Range high</source>
        <translation>Límite superior</translation>
    </message>
    <message>
        <source>zoom</source>
        <translation>zoom</translation>
    </message>
    <message>
        <source>Symmetric zoom: the half-width of the range around its centre, from 0.01 to 1000 (logarithmic).</source>
        <translation>Zoom simétrico: la semianchura del rango alrededor de su centro, de 0,01 a 1000 (logarítmico).</translation>
    </message>
    <message>
        <source>Zoom half-width slider</source>
        <translation>Deslizador de la semianchura</translation>
    </message>
    <message>
        <source>±10</source>
        <translation>±10</translation>
    </message>
    <message>
        <source>Half-width of the z range.</source>
        <translation>Semianchura del rango de z.</translation>
    </message>
    <message>
        <source>Zoom half-width</source>
        <translation>Semianchura</translation>
    </message>
    <message>
        <source>Maxout pieces</source>
        <translation>Piezas de maxout</translation>
    </message>
    <message>
        <source>The maxout pieces slope·z + intercept. Double-click a number to edit it. State: active (part of the envelope), hidden (never the maximum) or duplicate.</source>
        <translation>Las piezas de maxout pendiente·z + ordenada al origen. Doble clic en un número para editarlo. Estado: activa (parte de la envolvente), oculta (nunca es el máximo) o duplicada.</translation>
    </message>
    <message>
        <source>Maxout pieces table</source>
        <translation>Tabla de piezas de maxout</translation>
    </message>
    <message>
        <source>Add piece</source>
        <translation>Añadir pieza</translation>
    </message>
    <message>
        <source>Add a maxout piece (at most 8).</source>
        <translation>Añadir una pieza de maxout (como máximo 8).</translation>
    </message>
    <message>
        <source>Add maxout piece</source>
        <translation>Añadir pieza de maxout</translation>
    </message>
    <message>
        <source>Remove piece</source>
        <translation>Quitar pieza</translation>
    </message>
    <message>
        <source>Remove the selected maxout piece (at least 1 stays).</source>
        <translation>Quitar la pieza de maxout seleccionada (queda al menos 1).</translation>
    </message>
    <message>
        <source>Remove maxout piece</source>
        <translation>Quitar pieza de maxout</translation>
    </message>
    <message>
        <source>Replace the pieces by a preset: ReLU, Leaky ReLU with the current α, |z|, a 3- or 5-piece parabola, random pieces.</source>
        <translation>Sustituir las piezas por una plantilla: ReLU, Leaky ReLU con el α actual, |z|, una parábola de 3 o 5 piezas, piezas aleatorias.</translation>
    </message>
    <message>
        <source>Maxout preset</source>
        <translation>Plantilla de maxout</translation>
    </message>
    <message>
        <source>Derivative at a kink</source>
        <translation>Derivada en un quiebre</translation>
    </message>
    <message>
        <source>Convention</source>
        <translation>Convención</translation>
    </message>
    <message>
        <source>Which value f′ takes at a kink. left: the left derivative (PyTorch/TensorFlow for ReLU and Leaky ReLU: 0 and α; for maxout the smallest tied slope, which no framework computes); right: the right-hand slope; mean: their average; first: PyTorch (relu, leaky_relu, and maxout as max over the piece dimension: the first maximal piece in table order).</source>
        <translation>Qué valor toma f′ en un quiebre. izquierda: la derivada por la izquierda (PyTorch/TensorFlow para ReLU y Leaky ReLU: 0 y α; para maxout la menor pendiente empatada, que ningún framework calcula); derecha: la pendiente por la derecha; media: su promedio; primera: PyTorch (relu, leaky_relu, y maxout como max sobre la dimensión de las piezas: la primera pieza máxima en el orden de la tabla).</translation>
    </message>
    <message>
        <source>Kink convention</source>
        <translation>Convención en quiebres</translation>
    </message>
    <message>
        <source>Show subgradient set</source>
        <translation>Mostrar conjunto de subgradientes</translation>
    </message>
    <message>
        <source>Draw a bar over the subgradient interval [left, right] at each kink.</source>
        <translation>Dibujar una barra sobre el intervalo de subgradientes [izquierda, derecha] en cada quiebre.</translation>
    </message>
</context>
<context>
    <name>ExampleEditing</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
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
        <translation>la pendiente leaky α debe ser un número en [-1, 1]</translation>
    </message>
    <message>
        <source>the range bounds must be finite numbers</source>
        <translation>los límites del rango deben ser números finitos</translation>
    </message>
    <message>
        <source>the range needs lo &lt; hi</source>
        <translation>el rango necesita desde &lt; hasta</translation>
    </message>
    <message>
        <source>the range bounds must lie in [-1e6, 1e6]</source>
        <translation>los límites del rango deben estar en [-1e6, 1e6]</translation>
    </message>
    <message>
        <source>the range must be at least 1e-6 wide</source>
        <translation>el rango debe tener al menos 1e-6 de ancho</translation>
    </message>
    <message>
        <source>maxout needs between 1 and 8 pieces</source>
        <translation>maxout necesita entre 1 y 8 piezas</translation>
    </message>
    <message>
        <source>maxout slopes and intercepts must be finite numbers</source>
        <translation>las pendientes y ordenadas al origen de maxout deben ser números finitos</translation>
    </message>
    <message>
        <source>the number of samples must be between 2 and 1000000</source>
        <translation>el número de puntos de muestreo debe estar entre 2 y 1000000</translation>
    </message>
    <message>
        <source>the softplus β must be a number &gt; 0</source>
        <translation>la β de softplus debe ser un número &gt; 0</translation>
    </message>
    <message>
        <source>at most %1 curves can be pinned</source>
        <translation>se pueden fijar como máximo %1 curvas</translation>
    </message>
    <message>
        <source>pinned curve: %1</source>
        <translation>curva fijada: %1</translation>
    </message>
    <message>
        <source>a pinned curve&apos;s label is at most 200 characters</source>
        <translation>la etiqueta de una curva fijada tiene como máximo 200 caracteres</translation>
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
        <translation>izquierda</translation>
    </message>
    <message>
        <source>right</source>
        <translation>derecha</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>media</translation>
    </message>
    <message>
        <source>first</source>
        <translation>primera</translation>
    </message>
    <message>
        <source>∈ [%1, %2], kink: %3 convention takes %4</source>
        <translation>∈ [%1, %2], quiebre: la convención %3 toma %4</translation>
    </message>
    <message>
        <source>No function is shown: tick one under Functions.</source>
        <translation>No se muestra ninguna función: marque una en Funciones.</translation>
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
        <translation>no hay fotogramas que codificar</translation>
    </message>
    <message>
        <source>giflib could not start: %1</source>
        <translation>giflib no pudo iniciarse: %1</translation>
    </message>
    <message>
        <source>giflib failed to write the %1: %2</source>
        <translation>giflib no pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>giflib failed to finish the file: %1</source>
        <translation>giflib no pudo terminar el archivo: %1</translation>
    </message>
</context>
<context>
    <name>HistoryJson</name>
    <message>
        <source>must be base64 of little-endian doubles</source>
        <translation>debe ser base64 de doubles little-endian</translation>
    </message>
    <message>
        <source>must be base64 of little-endian 32-bit indices</source>
        <translation>debe ser base64 de índices little-endian de 32 bits</translation>
    </message>
    <message>
        <source>: at most %1 entries, got %2</source>
        <translation>: como máximo %1 entradas, hay %2</translation>
    </message>
    <message>
        <source>: must be greater than the previous entry&apos;s (%1)</source>
        <translation>: debe ser mayor que el de la entrada anterior (%1)</translation>
    </message>
    <message>
        <source>: must not be past the network&apos;s step (%1)</source>
        <translation>: no debe superar el paso de la red (%1)</translation>
    </message>
    <message>
        <source>: is required on the first entry</source>
        <translation>: es obligatorio en la primera entrada</translation>
    </message>
    <message>
        <source>: expected %1 finite numbers</source>
        <translation>: se esperaban %1 números finitos</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>debe ser un número finito</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>debe ser un número entero de %1 a %2</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>unknown key (known: %1)</source>
        <translation>clave desconocida (conocidas: %1)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>debe ser una cadena</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>debe ser uno de %1</translation>
    </message>
    <message>
        <source>must be one of %1, got &apos;%2&apos;</source>
        <translation>debe ser uno de %1, no «%2»</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>debe ser un array</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <source>a lesson file is at most 1 MB; this one is %1 bytes</source>
        <translation>un archivo de lección tiene como máximo 1 MB; este tiene %1 bytes</translation>
    </message>
    <message>
        <source>a lesson is a JSON object</source>
        <translation>una lección es un objeto JSON</translation>
    </message>
    <message>
        <source>format: must be &quot;%1&quot;</source>
        <translation>format: debe ser &quot;%1&quot;</translation>
    </message>
    <message>
        <source>version: this ReLU Lab reads lesson version %1, the file has version %2</source>
        <translation>version: este ReLU Lab lee lecciones de la versión %1, el archivo es de la versión %2</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>must not be empty (leave it out instead)</source>
        <translation>no debe estar vacío (mejor omítalo)</translation>
    </message>
    <message>
        <source>: must be a non-empty string</source>
        <translation>: debe ser una cadena no vacía</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>: must be an object</source>
        <translation>: debe ser un objeto</translation>
    </message>
    <message>
        <source>: not a language code such as &quot;de&quot; or &quot;pt_BR&quot;</source>
        <translation>: no es un código de idioma como &quot;de&quot; o &quot;pt_BR&quot;</translation>
    </message>
</context>
<context>
    <name>Mp4Encoder</name>
    <message>
        <source>the H.264 encoder refused a frame: %1</source>
        <translation>el codificador H.264 rechazó un fotograma: %1</translation>
    </message>
    <message>
        <source>H.264 encoding failed: %1</source>
        <translation>falló la codificación H.264: %1</translation>
    </message>
    <message>
        <source>could not write the MP4: %1</source>
        <translation>no se pudo escribir el MP4: %1</translation>
    </message>
    <message>
        <source>FFmpeg has no MP4 muxer: %1</source>
        <translation>FFmpeg no tiene multiplexor MP4: %1</translation>
    </message>
    <message>
        <source>this FFmpeg has no H.264 encoder (libx264)</source>
        <translation>este FFmpeg no tiene codificador H.264 (libx264)</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>memoria insuficiente</translation>
    </message>
    <message>
        <source>could not open the H.264 encoder: %1</source>
        <translation>no se pudo abrir el codificador H.264: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>could not start the MP4: %1</source>
        <translation>no se pudo iniciar el MP4: %1</translation>
    </message>
    <message>
        <source>the MP4 is not open</source>
        <translation>el MP4 no está abierto</translation>
    </message>
    <message>
        <source>could not convert the frame to YUV</source>
        <translation>no se pudo convertir el fotograma a YUV</translation>
    </message>
    <message>
        <source>could not finish the MP4: %1</source>
        <translation>no se pudo terminar el MP4: %1</translation>
    </message>
</context>
<context>
    <name>Pinning</name>
    <message>
        <source>At most %1 curves can be pinned: unpin some first (Shift+P clears them all).</source>
        <translation>Se pueden fijar como máximo %1 curvas: suelte algunas primero (Mayús+P las suelta todas).</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>pinned: %1</source>
        <translation>fijada: %1</translation>
    </message>
    <message>
        <source>z (pre-activation)</source>
        <translation>z (preactivación)</translation>
    </message>
    <message>
        <source>The f(z) plot</source>
        <translation>El gráfico de f(z)</translation>
    </message>
    <message>
        <source>The f′(z) plot</source>
        <translation>El gráfico de f′(z)</translation>
    </message>
    <message>
        <source>Both explorer plots</source>
        <translation>Ambos gráficos del explorador</translation>
    </message>
    <message>
        <source>The whole Explorer view</source>
        <translation>Toda la vista Explorador</translation>
    </message>
    <message>
        <source>The whole Training view</source>
        <translation>Toda la vista Entrenamiento</translation>
    </message>
    <message>
        <source>Loss and dead-unit curves</source>
        <translation>Curvas de pérdida y de neuronas muertas</translation>
    </message>
    <message>
        <source>Data and prediction (input space)</source>
        <translation>Datos y predicción (espacio de entrada)</translation>
    </message>
    <message>
        <source>Network diagram</source>
        <translation>Diagrama de la red</translation>
    </message>
    <message>
        <source>not enough memory for a %1 × %2 image</source>
        <translation>memoria insuficiente para una imagen de %1 × %2</translation>
    </message>
    <message>
        <source>could not encode the PNG image</source>
        <translation>no se pudo codificar la imagen PNG</translation>
    </message>
    <message>
        <source>Activation functions and their derivatives</source>
        <translation>Funciones de activación y sus derivadas</translation>
    </message>
    <message>
        <source>could not start the SVG painter</source>
        <translation>no se pudo iniciar el dibujante SVG</translation>
    </message>
    <message>
        <source>could not start the PDF painter</source>
        <translation>no se pudo iniciar el dibujante PDF</translation>
    </message>
    <message>
        <source>nothing to draw</source>
        <translation>nada que dibujar</translation>
    </message>
    <message>
        <source>step %1 · loss %2 (test %3)</source>
        <translation>paso %1 · pérdida %2 (prueba %3)</translation>
    </message>
    <message>
        <source> · test accuracy %1%</source>
        <translation> · exactitud de prueba %1 %</translation>
    </message>
    <message>
        <source> · dead %1 / %2</source>
        <translation> · muertas %1 / %2</translation>
    </message>
    <message>
        <source> · starved %1</source>
        <translation> · hambrientas %1</translation>
    </message>
    <message>
        <source> · &lt;b&gt;collapsed&lt;/b&gt;</source>
        <translation> · &lt;b&gt;colapsada&lt;/b&gt;</translation>
    </message>
    <message>
        <source> · &lt;b&gt;diverged&lt;/b&gt;</source>
        <translation> · &lt;b&gt;divergió&lt;/b&gt;</translation>
    </message>
    <message>
        <source>could not grab the picture</source>
        <translation>no se pudo capturar la imagen</translation>
    </message>
    <message>
        <source>solid line</source>
        <translation>línea continua</translation>
    </message>
    <message>
        <source>dashed line</source>
        <translation>línea a trazos</translation>
    </message>
    <message>
        <source>dash-dot line</source>
        <translation>línea de trazo y punto</translation>
    </message>
    <message>
        <source>dotted line</source>
        <translation>línea punteada</translation>
    </message>
    <message>
        <source>dash-dot-dot line</source>
        <translation>línea de trazo y dos puntos</translation>
    </message>
    <message>
        <source>long-dashed line</source>
        <translation>línea de trazos largos</translation>
    </message>
    <message>
        <source>fine dotted line</source>
        <translation>línea de puntos finos</translation>
    </message>
    <message>
        <source>long dash-dot line</source>
        <translation>línea de trazo largo y punto</translation>
    </message>
    <message>
        <source>very long-dashed line</source>
        <translation>línea de trazos muy largos</translation>
    </message>
</context>
<context>
    <name>RunHistory</name>
    <message>
        <source>dead from step %1</source>
        <translation>muerta desde el paso %1</translation>
    </message>
    <message>
        <source>at step %1</source>
        <translation>en el paso %1</translation>
    </message>
    <message>
        <source>between steps %1 and %2</source>
        <translation>entre los pasos %1 y %2</translation>
    </message>
    <message>
        <source>died %1</source>
        <translation>murió %1</translation>
    </message>
    <message>
        <source>revived %1</source>
        <translation>revivió %1</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier change(s)</source>
        <translation>
            <numerusform>%n cambio anterior</numerusform>
            <numerusform>%n cambios anteriores</numerusform>
        </translation>
    </message>
    <message>
        <source>no such step in the history</source>
        <translation>ese paso no está en el historial</translation>
    </message>
    <message>
        <source>training on from step %1 does not give the weights kept at step %2</source>
        <translation>seguir entrenando desde el paso %1 no da los pesos guardados en el paso %2</translation>
    </message>
</context>
<context>
    <name>SessionDocument</name>
    <message>
        <source>ReLU Lab sessions (*.relulab);;All files (*)</source>
        <translation>Sesiones de ReLU Lab (*.relulab);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>SessionFile</name>
    <message>
        <source>at most %1 numbers, got %2</source>
        <translation>como máximo %1 números, hay %2</translation>
    </message>
    <message>
        <source>must be a number in (0, 1]</source>
        <translation>debe ser un número en (0, 1]</translation>
    </message>
    <message>
        <source>at most %1 entries, got %2</source>
        <translation>como máximo %1 entradas, hay %2</translation>
    </message>
    <message>
        <source>must be 16 hexadecimal digits</source>
        <translation>debe tener 16 dígitos hexadecimales</translation>
    </message>
    <message>
        <source>the file must hold a JSON object</source>
        <translation>el archivo debe contener un objeto JSON</translation>
    </message>
    <message>
        <source>format: is required; this is not a ReLU Lab session</source>
        <translation>format: es obligatorio; esto no es una sesión de ReLU Lab</translation>
    </message>
    <message>
        <source>format: must be &quot;%1&quot;; this is not a ReLU Lab session</source>
        <translation>format: debe ser &quot;%1&quot;; esto no es una sesión de ReLU Lab</translation>
    </message>
    <message>
        <source>version: is required</source>
        <translation>version: es obligatorio</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>it is a directory</source>
        <translation>es un directorio</translation>
    </message>
    <message>
        <source>the file has %1 bytes, more than a session can have (at most %2 MB)</source>
        <translation>el archivo tiene %1 bytes, más de los que puede tener una sesión (como máximo %2 MB)</translation>
    </message>
    <message>
        <source>the file is larger than any session</source>
        <translation>el archivo es más grande que cualquier sesión</translation>
    </message>
    <message>
        <source>the network&apos;s weights are not finite numbers (the run diverged)</source>
        <translation>los pesos de la red no son números finitos (la ejecución divergió)</translation>
    </message>
    <message>
        <source>version: this ReLU Lab reads version 1 to %1 sessions, the file is version %2 (saved by a newer ReLU Lab?)</source>
        <translation>version: este ReLU Lab lee sesiones de la versión 1 a la %1, el archivo es de la versión %2 (¿guardado por un ReLU Lab más reciente?)</translation>
    </message>
</context>
<context>
    <name>SettingsUndo</name>
    <message>
        <source>change α to %1</source>
        <translation>cambiar α a %1</translation>
    </message>
    <message>
        <source>change range to %1 … %2</source>
        <translation>cambiar el rango a %1 … %2</translation>
    </message>
    <message>
        <source>change maxout pieces</source>
        <translation>cambiar las piezas de maxout</translation>
    </message>
    <message>
        <source>add maxout piece</source>
        <translation>añadir pieza de maxout</translation>
    </message>
    <message>
        <source>remove maxout piece</source>
        <translation>quitar pieza de maxout</translation>
    </message>
    <message>
        <source>use the %1 convention</source>
        <translation>usar la convención %1</translation>
    </message>
    <message>
        <source>change shown functions</source>
        <translation>cambiar las funciones mostradas</translation>
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
        <translation>cambiar los puntos de muestreo a %1</translation>
    </message>
    <message>
        <source>change softplus β to %1</source>
        <translation>cambiar la β de softplus a %1</translation>
    </message>
    <message>
        <source>change pinned curves</source>
        <translation>cambiar las curvas fijadas</translation>
    </message>
    <message>
        <source>pin %1</source>
        <translation>fijar %1</translation>
    </message>
    <message>
        <source>unpin %1</source>
        <translation>soltar %1</translation>
    </message>
    <message>
        <source>change explorer settings</source>
        <translation>cambiar los ajustes del explorador</translation>
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
        <translation>cambiar el conjunto de datos a %1</translation>
    </message>
    <message>
        <source>change the examples</source>
        <translation>cambiar los ejemplos</translation>
    </message>
    <message>
        <source>add an example</source>
        <translation>añadir un ejemplo</translation>
    </message>
    <message>
        <source>remove an example</source>
        <translation>quitar un ejemplo</translation>
    </message>
    <message>
        <source>change noise to %1</source>
        <translation>cambiar el ruido a %1</translation>
    </message>
    <message>
        <source>change hidden layers to %1</source>
        <translation>cambiar las capas ocultas a %1</translation>
    </message>
    <message>
        <source>change activation to %1</source>
        <translation>cambiar la activación a %1</translation>
    </message>
    <message>
        <source>change the network&apos;s α to %1</source>
        <translation>cambiar el α de la red a %1</translation>
    </message>
    <message>
        <source>change pieces per unit to %1</source>
        <translation>cambiar las piezas por neurona a %1</translation>
    </message>
    <message>
        <source>change initialisation to %1</source>
        <translation>cambiar la inicialización a %1</translation>
    </message>
    <message>
        <source>change bias init to %1</source>
        <translation>cambiar la inicialización del sesgo a %1</translation>
    </message>
    <message>
        <source>change optimiser to %1</source>
        <translation>cambiar el optimizador a %1</translation>
    </message>
    <message>
        <source>change learning rate to %1</source>
        <translation>cambiar la tasa de aprendizaje a %1</translation>
    </message>
    <message>
        <source>change batch to %1</source>
        <translation>cambiar el lote a %1</translation>
    </message>
    <message>
        <source>change L2 to %1</source>
        <translation>cambiar L2 a %1</translation>
    </message>
    <message>
        <source>change seed to %1</source>
        <translation>cambiar la semilla a %1</translation>
    </message>
    <message>
        <source>change training setup</source>
        <translation>cambiar la configuración de entrenamiento</translation>
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
        <translation>la β de softplus debe ser un número &gt; 0</translation>
    </message>
    <message>
        <source>must be at most 200 characters</source>
        <translation>debe tener como máximo 200 caracteres</translation>
    </message>
    <message>
        <source>%1: at most %2 examples, got %3</source>
        <translation>%1: como máximo %2 ejemplos, hay %3</translation>
    </message>
    <message>
        <source>%1: must be [x1, x2, label] or [x, y]</source>
        <translation>%1: debe ser [x1, x2, label] o [x, y]</translation>
    </message>
    <message>
        <source>%1: must hold %2 numbers like the first row</source>
        <translation>%1: debe contener %2 números, como la primera fila</translation>
    </message>
    <message>
        <source>%1: a label must be 0 or 1</source>
        <translation>%1: una etiqueta debe ser 0 o 1</translation>
    </message>
    <message>
        <source>%1: a data set needs at least 4 examples, got %2</source>
        <translation>%1: un conjunto de datos necesita al menos 4 ejemplos, hay %2</translation>
    </message>
    <message>
        <source>%1: must be an array</source>
        <translation>%1: debe ser un array</translation>
    </message>
    <message>
        <source>must lie in [-1e6, 1e6]</source>
        <translation>debe estar en [-1e6, 1e6]</translation>
    </message>
    <message>
        <source>%1: must be one of %2</source>
        <translation>%1: debe ser uno de %2</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is listed twice</source>
        <translation>%1: «%2» aparece dos veces</translation>
    </message>
    <message>
        <source>at most %1 curves can be pinned, got %2</source>
        <translation>se pueden fijar como máximo %1 curvas, hay %2</translation>
    </message>
    <message>
        <source>must be a number in [0, 10]</source>
        <translation>debe ser un número en [0, 10]</translation>
    </message>
    <message>
        <source>%1: 1 to %2 hidden layers, got %3</source>
        <translation>%1: de 1 a %2 capas ocultas, hay %3</translation>
    </message>
    <message>
        <source>must be a number in [0, 1)</source>
        <translation>debe ser un número en [0, 1)</translation>
    </message>
    <message>
        <source>must be a number &gt; 0</source>
        <translation>debe ser un número &gt; 0</translation>
    </message>
    <message>
        <source>must be a number &gt;= 0</source>
        <translation>debe ser un número &gt;= 0</translation>
    </message>
</context>
<context>
    <name>TrainingSetup</name>
    <message>
        <source>unknown data set &apos;%1&apos;</source>
        <translation>conjunto de datos desconocido «%1»</translation>
    </message>
    <message>
        <source>the number of samples must be between %1 and %2</source>
        <translation>el número de ejemplos debe estar entre %1 y %2</translation>
    </message>
    <message>
        <source>the noise must be a number in [0, 10]</source>
        <translation>el ruido debe ser un número en [0, 10]</translation>
    </message>
    <message>
        <source>a data set needs at least 4 examples</source>
        <translation>un conjunto de datos necesita al menos 4 ejemplos</translation>
    </message>
    <message>
        <source>the data&apos;s inputs and targets disagree in size</source>
        <translation>las entradas y los objetivos de los datos no tienen el mismo tamaño</translation>
    </message>
    <message>
        <source>example %1 of the data has a value that is not a finite number</source>
        <translation>el ejemplo %1 de los datos tiene un valor que no es un número finito</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>expected a header such as &apos;x1,x2,label&apos; or &apos;x,y&apos;, got numbers</source>
        <translation>se esperaba una cabecera como «x1,x2,label» o «x,y», pero hay números</translation>
    </message>
    <message>
        <source>expected 2 numbers (x,y) or 3 (x1,x2,label), got %1</source>
        <translation>se esperaban 2 números (x,y) o 3 (x1,x2,label), hay %1</translation>
    </message>
    <message>
        <source>expected %1 numbers, got %2</source>
        <translation>se esperaban %1 números, hay %2</translation>
    </message>
    <message>
        <source>column %1 is empty</source>
        <translation>la columna %1 está vacía</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>«%1» no es un número</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a finite number</source>
        <translation>«%1» no es un número finito</translation>
    </message>
    <message>
        <source>label must be 0 or 1, got &apos;%1&apos;</source>
        <translation>la etiqueta debe ser 0 o 1, no «%1»</translation>
    </message>
    <message>
        <source>no data rows</source>
        <translation>no hay filas de datos</translation>
    </message>
    <message>
        <source>need at least 4 examples, got %1</source>
        <translation>se necesitan al menos 4 ejemplos, hay %1</translation>
    </message>
    <message>
        <source>inputs must be 1 or 2</source>
        <translation>las entradas deben ser 1 o 2</translation>
    </message>
    <message>
        <source>classification needs 2 inputs</source>
        <translation>la clasificación necesita 2 entradas</translation>
    </message>
    <message>
        <source>regression needs 1 input</source>
        <translation>la regresión necesita 1 entrada</translation>
    </message>
    <message>
        <source>hidden layers: 1 to 12 layers of 1 to 32 units</source>
        <translation>capas ocultas: de 1 a 12 capas de 1 a 32 neuronas</translation>
    </message>
    <message>
        <source>alpha must be in [0, 1)</source>
        <translation>alfa debe estar en [0, 1)</translation>
    </message>
    <message>
        <source>pieces must be 2 to 5</source>
        <translation>las piezas deben ser de 2 a 5</translation>
    </message>
    <message>
        <source>bias init must be a finite number</source>
        <translation>la inicialización del sesgo debe ser un número finito</translation>
    </message>
    <message>
        <source>learning rate must be &gt; 0</source>
        <translation>la tasa de aprendizaje debe ser &gt; 0</translation>
    </message>
    <message>
        <source>batch size must be &gt;= 1</source>
        <translation>el tamaño de lote debe ser &gt;= 1</translation>
    </message>
    <message>
        <source>l2 must be &gt;= 0</source>
        <translation>l2 debe ser &gt;= 0</translation>
    </message>
</context>
<context>
    <name>relulab::gui::AnimationDialog</name>
    <message>
        <source>Export animation</source>
        <translation>Exportar animación</translation>
    </message>
    <message>
        <source>What to animate</source>
        <translation>Qué animar</translation>
    </message>
    <message>
        <source>The training view (or one of its parts) replayed from step 0 of this run&apos;s setup, or the explorer&apos;s figure while α or the range sweeps</source>
        <translation>La vista Entrenamiento (o una de sus partes) reproducida desde el paso 0 con la configuración de esta ejecución, o la figura del explorador mientras α o el rango hacen un barrido</translation>
    </message>
    <message>
        <source>Training view</source>
        <translation>Vista Entrenamiento</translation>
    </message>
    <message>
        <source>Input space</source>
        <translation>Espacio de entrada</translation>
    </message>
    <message>
        <source>Network diagram</source>
        <translation>Diagrama de la red</translation>
    </message>
    <message>
        <source>Training curves</source>
        <translation>Curvas de entrenamiento</translation>
    </message>
    <message>
        <source>Explorer, α sweeps</source>
        <translation>Explorador, barrido de α</translation>
    </message>
    <message>
        <source>Explorer, range zooms</source>
        <translation>Explorador, zoom del rango</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Qué:</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Último paso</translation>
    </message>
    <message>
        <source>The frames show steps 0 … N of this run&apos;s setup, replayed: the same pictures as relulab train --steps N --animate</source>
        <translation>Los fotogramas muestran los pasos 0 … N con la configuración de esta ejecución, reproducidos: las mismas imágenes que relulab train --steps N --animate</translation>
    </message>
    <message>
        <source>steps 0 … N of this run&apos;s setup, replayed</source>
        <translation>pasos 0 … N con la configuración de esta ejecución, reproducidos</translation>
    </message>
    <message>
        <source>&amp;Steps:</source>
        <translation>&amp;Pasos:</translation>
    </message>
    <message>
        <source>Sweep from</source>
        <translation>Barrido desde</translation>
    </message>
    <message>
        <source>The value of the first frame</source>
        <translation>El valor del primer fotograma</translation>
    </message>
    <message>
        <source>Sweep to</source>
        <translation>Barrido hasta</translation>
    </message>
    <message>
        <source>The value of the last frame</source>
        <translation>El valor del último fotograma</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>S&amp;weep:</source>
        <translation>&amp;Barrido:</translation>
    </message>
    <message>
        <source>Number of frames</source>
        <translation>Número de fotogramas</translation>
    </message>
    <message>
        <source>Frames in the animation, evenly spaced, both ends included</source>
        <translation>Fotogramas de la animación, equiespaciados, ambos extremos incluidos</translation>
    </message>
    <message>
        <source>&amp;Frames:</source>
        <translation>&amp;Fotogramas:</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>Fotogramas por segundo</translation>
    </message>
    <message>
        <source>Frames a second (a GIF rounds its delay to hundredths of a second)</source>
        <translation>Fotogramas por segundo (un GIF redondea su retardo a centésimas de segundo)</translation>
    </message>
    <message>
        <source> fps</source>
        <translation> fps</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Velocidad:</translation>
    </message>
    <message>
        <source>Frame size</source>
        <translation>Tamaño del fotograma</translation>
    </message>
    <message>
        <source>The size of every frame in pixels</source>
        <translation>El tamaño de cada fotograma en píxeles</translation>
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
        <translation>Ancho del fotograma</translation>
    </message>
    <message>
        <source>Custom frame width in pixels</source>
        <translation>Ancho personalizado del fotograma en píxeles</translation>
    </message>
    <message>
        <source>Frame height</source>
        <translation>Alto del fotograma</translation>
    </message>
    <message>
        <source>Custom frame height in pixels</source>
        <translation>Alto personalizado del fotograma en píxeles</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Tamaño:</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Formato de archivo</translation>
    </message>
    <message>
        <source>GIF: plays everywhere, loops; MP4 (H.264): small, for slides and browsers</source>
        <translation>GIF: se reproduce en todas partes, en bucle; MP4 (H.264): pequeño, para diapositivas y navegadores</translation>
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
        <translation>F&amp;ormato:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Where the animation is written</source>
        <translation>Dónde se escribe la animación</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>Examinar</translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation>Elegir el archivo que se escribirá</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Export problem</source>
        <translation>Problema de exportación</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Frames drawn so far</source>
        <translation>Fotogramas dibujados hasta ahora</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
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
        <translation>Dibujar los fotogramas y escribir el archivo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the export (no file is written; an old one stays) or close</source>
        <translation>Detener la exportación (no se escribe ningún archivo; uno anterior se conserva) o cerrar</translation>
    </message>
    <message>
        <source>GIF animation (*.gif)</source>
        <translation>Animación GIF (*.gif)</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>Vídeo MP4 (*.mp4)</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Elija un archivo para escribir.</translation>
    </message>
    <message>
        <source>The file name must end in .%1 for this format.</source>
        <translation>El nombre del archivo debe terminar en .%1 para este formato.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Cancelado: no se escribió nada.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Falló la exportación: %1</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Escrito: %1</translation>
    </message>
    <message>
        <source>%v / %m frames</source>
        <translation>%v / %m fotogramas</translation>
    </message>
    <message>
        <source>Stop the export: no file is written, an old one stays</source>
        <translation>Detener la exportación: no se escribe ningún archivo, uno anterior se conserva</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>First step</source>
        <translation>Primer paso</translation>
    </message>
    <message>
        <source>The first frame&apos;s step on this run&apos;s timeline</source>
        <translation>El paso del primer fotograma en la línea de tiempo de esta ejecución</translation>
    </message>
    <message>
        <source>The last frame&apos;s step on this run&apos;s timeline (past the newest step %1 the run is trained on, as Play would)</source>
        <translation>El paso del último fotograma en la línea de tiempo de esta ejecución (más allá del paso más reciente, %1, se sigue entrenando, como haría Reproducir)</translation>
    </message>
    <message>
        <source>to — steps of this run (its timeline, live changes included), replayed</source>
        <translation>a — pasos de esta ejecución (su línea de tiempo, cambios en vivo incluidos), reproducidos</translation>
    </message>
</context>
<context>
    <name>relulab::gui::AnimationJob</name>
    <message>
        <source>could not draw frame %1: %2</source>
        <translation>no se pudo dibujar el fotograma %1: %2</translation>
    </message>
</context>
<context>
    <name>relulab::gui::BornDeadDialog</name>
    <message>
        <source>Born dead: deep and narrow ReLU nets</source>
        <translation>Nacidas muertas: redes ReLU profundas y estrechas</translation>
    </message>
    <message>
        <source>Born-dead networks</source>
        <translation>Redes nacidas muertas</translation>
    </message>
    <message>
        <source>Born-dead plot</source>
        <translation>Gráfico de redes nacidas muertas</translation>
    </message>
    <message>
        <source>Share of freshly initialised ReLU networks that are collapsed, against the number of hidden layers, for widths 2 to 5: measured (markers) and Lu et al.&apos;s formula (dashed).</source>
        <translation>Proporción de redes ReLU recién inicializadas que están colapsadas, frente al número de capas ocultas, para anchos de 2 a 5: medida (marcadores) y la fórmula de Lu et al. (a trazos).</translation>
    </message>
    <message>
        <source>hidden layers (depth)</source>
        <translation>capas ocultas (profundidad)</translation>
    </message>
    <message>
        <source>collapsed at initialisation</source>
        <translation>colapsadas al inicializar</translation>
    </message>
    <message>
        <source>width %1, measured</source>
        <translation>ancho %1, medida</translation>
    </message>
    <message>
        <source>width %1, 1 − (1 − 2⁻ᴺ)ᴸ⁻¹</source>
        <translation>ancho %1, 1 − (1 − 2⁻ᴺ)ᴸ⁻¹</translation>
    </message>
    <message>
        <source> networks per point</source>
        <translation> redes por punto</translation>
    </message>
    <message>
        <source>Networks per point</source>
        <translation>Redes por punto</translation>
    </message>
    <message>
        <source>How many random initial networks are drawn for each point</source>
        <translation>Cuántas redes iniciales aleatorias se generan para cada punto</translation>
    </message>
    <message>
        <source>&amp;Count again</source>
        <translation>&amp;Contar de nuevo</translation>
    </message>
    <message>
        <source>Count again</source>
        <translation>Contar de nuevo</translation>
    </message>
    <message>
        <source>Draw the networks anew with this many per point</source>
        <translation>Generar de nuevo las redes, tantas por punto</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the born-dead panel (Esc)</source>
        <translation>Cerrar el panel de redes nacidas muertas (Esc)</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>contando…</translation>
    </message>
    <message>
        <source>counting… %1 of %2 points</source>
        <translation>contando… %1 de %2 puntos</translation>
    </message>
    <message>
        <source>done: %1 networks per point</source>
        <translation>hecho: %1 redes por punto</translation>
    </message>
    <message>
        <source>Each point: the share of ReLU networks (He initialisation, zero biases) that are already a constant function on |x|, x in [−1, 1], before any training. The dashed curves are the probability of being dead at one input point, 1 − (1 − 2&lt;sup&gt;−N&lt;/sup&gt;)&lt;sup&gt;L−1&lt;/sup&gt; with N the width and L−1 the hidden layers (Lu, Shin, Su, Karniadakis, &lt;i&gt;Dying ReLU and Initialization&lt;/i&gt;, 2020); over a whole input range fewer nets are dead than at one point.</source>
        <translation>Cada punto: la proporción de redes ReLU (inicialización He, sesgos a cero) que ya son una función constante en |x|, x en [−1, 1], antes de todo entrenamiento. Las curvas a trazos son la probabilidad de estar muerta en un punto de entrada, 1 − (1 − 2&lt;sup&gt;−N&lt;/sup&gt;)&lt;sup&gt;L−1&lt;/sup&gt; con N el ancho y L−1 las capas ocultas (Lu, Shin, Su, Karniadakis, &lt;i&gt;Dying ReLU and Initialization&lt;/i&gt;, 2020); en todo un rango de entrada hay menos redes muertas que en un punto.</translation>
    </message>
</context>
<context>
    <name>relulab::gui::CompareDialog</name>
    <message>
        <source>Compare with another activation</source>
        <translation>Comparar con otra función de activación</translation>
    </message>
    <message>
        <source>A second run trains beside this one on the same data with the same seed and settings; only the hidden activation differs. Both runs start over from step 0 and play, pause, step and reset together; their loss and dead units share one plot.</source>
        <translation>Una segunda ejecución entrena junto a esta con los mismos datos, la misma semilla y los mismos ajustes; solo cambia la activación oculta. Ambas ejecuciones vuelven a empezar desde el paso 0 y se reproducen, pausan, avanzan y reinician juntas; su pérdida y sus neuronas muertas comparten un gráfico.</translation>
    </message>
    <message>
        <source>Second run&apos;s activation</source>
        <translation>Activación de la segunda ejecución</translation>
    </message>
    <message>
        <source>The hidden activation of the second run</source>
        <translation>La activación oculta de la segunda ejecución</translation>
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
        <translation>Pendiente leaky alfa de la segunda ejecución</translation>
    </message>
    <message>
        <source>Leaky ReLU slope α for z &lt; 0, in [0, 1)</source>
        <translation>Pendiente α de Leaky ReLU para z &lt; 0, en [0, 1)</translation>
    </message>
    <message>
        <source>Second run&apos;s maxout pieces</source>
        <translation>Piezas de maxout de la segunda ejecución</translation>
    </message>
    <message>
        <source>Pieces per maxout unit, 2 to 5</source>
        <translation>Piezas por neurona maxout, de 2 a 5</translation>
    </message>
    <message>
        <source>second run</source>
        <translation>segunda ejecución</translation>
    </message>
    <message>
        <source>Start comparing</source>
        <translation>Empezar a comparar</translation>
    </message>
    <message>
        <source>Start both runs over from step 0, side by side</source>
        <translation>Volver a empezar ambas ejecuciones desde el paso 0, lado a lado</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close without changing the runs</source>
        <translation>Cerrar sin cambiar las ejecuciones</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (solid) beside &lt;b&gt;%2&lt;/b&gt; (dashed)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (continua) junto a &lt;b&gt;%2&lt;/b&gt; (a trazos)</translation>
    </message>
    <message>
        <source>Both start from the very same initial weights.</source>
        <translation>Ambas empiezan exactamente con los mismos pesos iniciales.</translation>
    </message>
    <message>
        <source>Maxout has other weights: the second run draws its own initial weights from the same seed.</source>
        <translation>Maxout tiene otros pesos: la segunda ejecución genera sus propios pesos iniciales a partir de la misma semilla.</translation>
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
        <translation>Parábola z²/R, 3 piezas</translation>
    </message>
    <message>
        <source>Parabola z²/R, 5 pieces</source>
        <translation>Parábola z²/R, 5 piezas</translation>
    </message>
    <message>
        <source>Random pieces</source>
        <translation>Piezas aleatorias</translation>
    </message>
    <message>
        <source>Input error</source>
        <translation>Error de entrada</translation>
    </message>
    <message>
        <source>Presets…</source>
        <translation>Plantillas…</translation>
    </message>
    <message>
        <source>left</source>
        <translation>izquierda</translation>
    </message>
    <message>
        <source>Left derivative: PyTorch&apos;s and TensorFlow&apos;s ReLU′(0) = 0 and Leaky′(0) = α; for maxout the smallest tied slope, which no framework computes.</source>
        <translation>Derivada por la izquierda: ReLU′(0) = 0 y Leaky′(0) = α, como en PyTorch y TensorFlow; para maxout la menor pendiente empatada, que ningún framework calcula.</translation>
    </message>
    <message>
        <source>right</source>
        <translation>derecha</translation>
    </message>
    <message>
        <source>Right derivative: ReLU′(0) = 1, Leaky′(0) = 1, for maxout the largest tied slope.</source>
        <translation>Derivada por la derecha: ReLU′(0) = 1, Leaky′(0) = 1, para maxout la mayor pendiente empatada.</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>media</translation>
    </message>
    <message>
        <source>The average of the left and right derivatives: ReLU′(0) = ½.</source>
        <translation>La media de las derivadas por la izquierda y por la derecha: ReLU′(0) = ½.</translation>
    </message>
    <message>
        <source>first (PyTorch max(dim))</source>
        <translation>primera (PyTorch max(dim))</translation>
    </message>
    <message>
        <source>What PyTorch&apos;s relu, leaky_relu and max(dim) compute: relu′(0) = 0, leaky_relu′(0) = α, and maxout written as max over the piece dimension gives a tie to the first maximal piece in table order.</source>
        <translation>Lo que calculan relu, leaky_relu y max(dim) de PyTorch: relu′(0) = 0, leaky_relu′(0) = α, y maxout escrito como max sobre la dimensión de las piezas da un empate a la primera pieza máxima en el orden de la tabla.</translation>
    </message>
    <message>
        <source>Default: max(z, −0.5z, −5)</source>
        <translation>Predeterminado: max(z, −0,5z, −5)</translation>
    </message>
</context>
<context>
    <name>relulab::gui::ExplorerPlot</name>
    <message>
        <source>Activation plots</source>
        <translation>Gráficos de las funciones de activación</translation>
    </message>
    <message>
        <source>Drag the Leaky ReLU&apos;s negative branch to set α; drag a maxout piece to move it, or its diamond handle to rotate it.
Drag empty space to pan, use the wheel to zoom, double-click to reset the view.
Keyboard: ← → move the cursor (it stops on every kink), ↑ ↓ change α, Enter picks a maxout piece instead; Shift for finer steps.</source>
        <translation>Arrastre la rama negativa de Leaky ReLU para fijar α; arrastre una pieza de maxout para moverla, o su asa de rombo para girarla.
Arrastre un espacio vacío para desplazar, use la rueda para hacer zoom, doble clic para restablecer la vista.
Teclado: ← → mueven el cursor (se detiene en cada quiebre), ↑ ↓ cambian α, Intro elige en su lugar una pieza de maxout; Mayús para pasos más finos.</translation>
    </message>
    <message>
        <source>filled marker: f′ used at a kink (%1 convention)</source>
        <translation>marcador relleno: f′ usada en un quiebre (convención %1)</translation>
    </message>
    <message>
        <source>open marker: limit not taken</source>
        <translation>marcador hueco: límite no tomado</translation>
    </message>
    <message>
        <source>bar: subgradient set</source>
        <translation>barra: conjunto de subgradientes</translation>
    </message>
    <message>
        <source>z of %1 on the training data</source>
        <translation>z de %1 en los datos de entrenamiento</translation>
    </message>
    <message>
        <source>z (pre-activation)</source>
        <translation>z (preactivación)</translation>
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
        <translation>Soltar «%1»</translation>
    </message>
    <message>
        <source>Copy values at z = %1</source>
        <translation>Copiar los valores en z = %1</translation>
    </message>
    <message>
        <source>Export figure…</source>
        <translation>Exportar figura…</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>Restablecer vista</translation>
    </message>
    <message>
        <source>Pin visible curves</source>
        <translation>Fijar curvas visibles</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Soltar</translation>
    </message>
    <message>
        <source>Clear all pins</source>
        <translation>Soltar todas las fijadas</translation>
    </message>
    <message>
        <source>α</source>
        <translation>α</translation>
    </message>
    <message>
        <source>maxout piece %1</source>
        <translation>pieza de maxout %1</translation>
    </message>
    <message>
        <source>↑ ↓ %1 (Shift: finer) · ← → cursor · Enter: next</source>
        <translation>↑ ↓ %1 (Mayús: más fino) · ← → cursor · Intro: siguiente</translation>
    </message>
    <message>
        <source>%1 with α = %2</source>
        <translation>%1 con α = %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n piece(s)</source>
        <translation>
            <numerusform>%1 de %n pieza</numerusform>
            <numerusform>%1 de %n piezas</numerusform>
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
        <translation>No se muestra ninguna función; %1.</translation>
    </message>
    <message>
        <source>Upper plot: %1, %2. Lower plot: their derivatives f′(z); at each kink a filled marker shows the value the %3 convention takes and an open marker the limit not taken. Arrow keys: Left and Right move the cursor, Up and Down change %4.</source>
        <translation>Gráfico superior: %1, %2. Gráfico inferior: sus derivadas f′(z); en cada quiebre un marcador relleno muestra el valor que toma la convención %3 y uno hueco el límite no tomado. Flechas: Izquierda y Derecha mueven el cursor, Arriba y Abajo cambian %4.</translation>
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
        <translation>Qué exportar</translation>
    </message>
    <message>
        <source>A single plot, or a whole view as it is on screen</source>
        <translation>Un solo gráfico, o una vista entera tal como está en pantalla</translation>
    </message>
    <message>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <source>A picture of the chosen size in pixels</source>
        <translation>Una imagen del tamaño elegido en píxeles</translation>
    </message>
    <message>
        <source>SVG</source>
        <translation>SVG</translation>
    </message>
    <message>
        <source>Vector drawing for the web and for editing</source>
        <translation>Dibujo vectorial para la web y para editar</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Vector drawing for print and LaTeX</source>
        <translation>Dibujo vectorial para imprimir y para LaTeX</translation>
    </message>
    <message>
        <source>CSV data</source>
        <translation>Datos CSV</translation>
    </message>
    <message>
        <source>The numbers behind the plot: the curves, or the training log</source>
        <translation>Los números detrás del gráfico: las curvas o el registro de entrenamiento</translation>
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
        <translation>Ancho en píxeles</translation>
    </message>
    <message>
        <source>Width of the picture in pixels</source>
        <translation>Ancho de la imagen en píxeles</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>Alto en píxeles</translation>
    </message>
    <message>
        <source>Height of the picture in pixels</source>
        <translation>Alto de la imagen en píxeles</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>On-screen size</source>
        <translation>Tamaño en pantalla</translation>
    </message>
    <message>
        <source>Use the size the plot or view has in the window</source>
        <translation>Usar el tamaño que el gráfico o la vista tiene en la ventana</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>keep the on-screen proportions</source>
        <translation>mantener las proporciones de la pantalla</translation>
    </message>
    <message>
        <source>Keep the on-screen proportions</source>
        <translation>Mantener las proporciones de la pantalla</translation>
    </message>
    <message>
        <source>Width and height change together, in the proportions of the plot or view in the window</source>
        <translation>El ancho y el alto cambian juntos, en las proporciones del gráfico o de la vista en la ventana</translation>
    </message>
    <message>
        <source>Resolution in DPI</source>
        <translation>Resolución en PPP</translation>
    </message>
    <message>
        <source>Dots per inch stored in the file: the size it prints at, not the number of pixels</source>
        <translation>Puntos por pulgada guardados en el archivo: el tamaño al imprimir, no el número de píxeles</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> ppp</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Export error</source>
        <translation>Error de exportación</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation>Copiar al portapapeles</translation>
    </message>
    <message>
        <source>Copy the picture (or the CSV text) to the clipboard</source>
        <translation>Copiar la imagen (o el texto CSV) al portapapeles</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export to a file</source>
        <translation>Exportar a un archivo</translation>
    </message>
    <message>
        <source>Choose a file name and save</source>
        <translation>Elegir un nombre de archivo y guardar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close without exporting</source>
        <translation>Cerrar sin exportar</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Copiar imagen</translation>
    </message>
    <message>
        <source>Copy CSV</source>
        <translation>Copiar CSV</translation>
    </message>
    <message>
        <source>The curves and derivatives on the explorer&apos;s grid: x,relu,relu_grad,leaky_relu,leaky_relu_grad,maxout,maxout_grad, the same as relulab export --csv.</source>
        <translation>Las curvas y las derivadas en la rejilla del explorador: x,relu,relu_grad,leaky_relu,leaky_relu_grad,maxout,maxout_grad, lo mismo que relulab export --csv.</translation>
    </message>
    <message>
        <source>The training run&apos;s log, one row per point of its curves: step,loss,test_loss,accuracy,dead_units,dead_fraction, the same as relulab train --log.</source>
        <translation>El registro de la ejecución de entrenamiento, una fila por punto de sus curvas: step,loss,test_loss,accuracy,dead_units,dead_fraction, lo mismo que relulab train --log.</translation>
    </message>
    <message>
        <source>A whole view is drawn as on screen: plots inside it are embedded as pictures. Export a single plot for vector lines.</source>
        <translation>Una vista entera se dibuja como en pantalla: los gráficos que contiene se incrustan como imágenes. Exporte un solo gráfico para tener líneas vectoriales.</translation>
    </message>
    <message>
        <source>Drawn as in the window, scaled to the chosen size.</source>
        <translation>Dibujado como en la ventana, escalado al tamaño elegido.</translation>
    </message>
    <message>
        <source>prints %1 × %2 cm (%3 × %4 in)</source>
        <translation>se imprime a %1 × %2 cm (%3 × %4 in)</translation>
    </message>
    <message>
        <source>this view has no data to save as CSV</source>
        <translation>esta vista no tiene datos que guardar como CSV</translation>
    </message>
    <message>
        <source>Could not export %1: %2</source>
        <translation>No se pudo exportar %1: %2</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Falló la exportación: %1</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exportar %1</translation>
    </message>
    <message>
        <source>%1 file (*.%2)</source>
        <translation>Archivo %1 (*.%2)</translation>
    </message>
</context>
<context>
    <name>relulab::gui::InputSpaceView</name>
    <message>
        <source>Input space</source>
        <translation>Espacio de entrada</translation>
    </message>
    <message>
        <source>The training data (class 1: filled circles, class 0: filled triangles, test examples hollow) over the network&apos;s prediction, with the selected unit&apos;s off-region (z ≤ 0) hatched. The point probe follows the mouse: every view shows the network at that point.</source>
        <translation>Los datos de entrenamiento (clase 1: círculos rellenos, clase 0: triángulos rellenos, ejemplos de prueba huecos) sobre la predicción de la red, con la región apagada (z ≤ 0) de la neurona seleccionada rayada. El punto de sondeo sigue al ratón: cada vista muestra la red en ese punto.</translation>
    </message>
    <message>
        <source>prediction p</source>
        <translation>predicción p</translation>
    </message>
    <message>
        <source>linear regions</source>
        <translation>regiones lineales</translation>
    </message>
    <message>
        <source>unit off (z ≤ 0)</source>
        <translation>neurona apagada (z ≤ 0)</translation>
    </message>
    <message>
        <source>boundary p = 0.5</source>
        <translation>frontera p = 0,5</translation>
    </message>
    <message>
        <source>prediction ŷ</source>
        <translation>predicción ŷ</translation>
    </message>
    <message>
        <source>class 0, train</source>
        <translation>clase 0, entren.</translation>
    </message>
    <message>
        <source>class 0, test</source>
        <translation>clase 0, prueba</translation>
    </message>
    <message>
        <source>class 1, train</source>
        <translation>clase 1, entren.</translation>
    </message>
    <message>
        <source>class 1, test</source>
        <translation>clase 1, prueba</translation>
    </message>
    <message>
        <source>train</source>
        <translation>entrenamiento</translation>
    </message>
    <message>
        <source>test</source>
        <translation>prueba</translation>
    </message>
    <message>
        <source>kink of a layer-1 unit</source>
        <translation>quiebre de la capa 1</translation>
    </message>
    <message>
        <source>Data and prediction —</source>
        <translation>Datos y predicción —</translation>
    </message>
    <message>
        <source>click a unit to see where it is off</source>
        <translation>haga clic en una neurona: ¿dónde está apagada?</translation>
    </message>
    <message>
        <source>maxout unit %1 is never off</source>
        <translation>la neurona maxout %1 nunca está apagada</translation>
    </message>
    <message>
        <source>sigmoid unit %1 has no off region</source>
        <translation>la neurona sigmoid %1 no tiene región apagada</translation>
    </message>
    <message>
        <source>tanh unit %1 has no off region</source>
        <translation>la neurona tanh %1 no tiene región apagada</translation>
    </message>
    <message>
        <source>Data, prediction</source>
        <translation>Datos, predicción</translation>
    </message>
    <message>
        <source>and where unit %1 is off (z ≤ 0)</source>
        <translation>y dónde está apagada la neurona %1 (z ≤ 0)</translation>
    </message>
    <message>
        <source>and where unit %1 is on its leaky side (z ≤ 0)</source>
        <translation>y dónde está la neurona %1 en su lado leaky (z ≤ 0)</translation>
    </message>
    <message>
        <source>— dead: off on every training example</source>
        <translation>— muerta: apagada en todos los ejemplos de entrenamiento</translation>
    </message>
    <message>
        <source>— starved: no gradient reaches it</source>
        <translation>— hambrienta: no le llega ningún gradiente</translation>
    </message>
    <message>
        <source>Linear regions — waiting for the network</source>
        <translation>Regiones lineales — esperando a la red</translation>
    </message>
    <message>
        <source>No linear regions:</source>
        <translation>No hay regiones lineales:</translation>
    </message>
    <message>
        <source>sigmoid and tanh are not piecewise linear</source>
        <translation>sigmoid y tanh no son lineales a trozos</translation>
    </message>
    <message>
        <source>the weights are not finite (the run diverged)</source>
        <translation>los pesos no son finitos (la ejecución divergió)</translation>
    </message>
    <message>
        <source>More than %1 linear regions in the view:</source>
        <translation>Más de %1 regiones lineales en la vista:</translation>
    </message>
    <message>
        <source>too many to draw</source>
        <translation>demasiadas para dibujarlas</translation>
    </message>
    <message>
        <source>Linear regions — computing…</source>
        <translation>Regiones lineales — calculando…</translation>
    </message>
    <message>
        <source>Linear regions: %1 intervals,</source>
        <translation>Regiones lineales: %1 intervalos,</translation>
    </message>
    <message>
        <source>Linear regions: %1,</source>
        <translation>Regiones lineales: %1,</translation>
    </message>
    <message>
        <source>neighbours in different colours</source>
        <translation>vecinas en colores distintos</translation>
    </message>
    <message>
        <source>— bold: where unit %1·%2 bends the regions</source>
        <translation>— en negrita: donde la neurona %1·%2 dobla las regiones</translation>
    </message>
    <message>
        <source>— click a unit to see its bent line</source>
        <translation>— haga clic en una neurona para ver su línea quebrada</translation>
    </message>
</context>
<context>
    <name>relulab::gui::LayerSizesPlot</name>
    <message>
        <source>Gradient and activation size per layer</source>
        <translation>Tamaño del gradiente y de la activación por capa</translation>
    </message>
    <message>
        <source>Per layer, over the whole training set at the current step: the root mean square of the gradient of the mean loss with respect to the layer&apos;s weights (solid line, circles) and of the hidden layer&apos;s activations f(z) (dashed line, squares), on a log scale. Shrinking gradients towards layer 1 are vanishing gradients; shrinking activations with depth show an init without He&apos;s factor 2. Triangles at the bottom: exactly 0.</source>
        <translation>Por capa, sobre todo el conjunto de entrenamiento en el paso actual: la raíz del valor cuadrático medio del gradiente de la pérdida media respecto a los pesos de la capa (línea continua, círculos) y de las activaciones f(z) de la capa oculta (línea a trazos, cuadrados), en escala logarítmica. Gradientes que menguan hacia la capa 1 son el desvanecimiento del gradiente; activaciones que menguan con la profundidad delatan una inicialización sin el factor 2 de He. Triángulos abajo: exactamente 0.</translation>
    </message>
    <message>
        <source>layer (out = output layer)</source>
        <translation>capa (sal = capa de salida)</translation>
    </message>
    <message>
        <source>RMS of ∂loss/∂w and of f(z) (log scale)</source>
        <translation>RMS de ∂pérdida/∂w y de f(z) (escala log.)</translation>
    </message>
    <message>
        <source>gradient RMS, ∂loss/∂w</source>
        <translation>RMS del gradiente, ∂pérdida/∂w</translation>
    </message>
    <message>
        <source>activation RMS, f(z)</source>
        <translation>RMS de la activación, f(z)</translation>
    </message>
    <message>
        <source>gradient exactly 0</source>
        <translation>gradiente exactamente 0</translation>
    </message>
    <message>
        <source>activations exactly 0</source>
        <translation>activaciones exactamente 0</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>capa</translation>
    </message>
    <message>
        <source>RMS (log)</source>
        <translation>RMS (log.)</translation>
    </message>
    <message>
        <source>out</source>
        <translation>sal</translation>
    </message>
    <message>
        <source>Gradient RMS per weight layer, layer 1 to the output layer: %1. Activation RMS per hidden layer: %2.</source>
        <translation>RMS del gradiente por capa de pesos, de la capa 1 a la de salida: %1. RMS de la activación por capa oculta: %2.</translation>
    </message>
</context>
<context>
    <name>relulab::gui::LessonPanel</name>
    <message>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <source>The current lesson&apos;s explanation, with buttons to step through the lessons (Page Up and Page Down).</source>
        <translation>La explicación de la lección actual, con botones para recorrer las lecciones (Re Pág y Av Pág).</translation>
    </message>
    <message>
        <source>Lesson number</source>
        <translation>Número de lección</translation>
    </message>
    <message>
        <source>Which lesson this is, of how many</source>
        <translation>Qué lección es esta, de cuántas</translation>
    </message>
    <message>
        <source>Lesson title</source>
        <translation>Título de la lección</translation>
    </message>
    <message>
        <source>The lesson&apos;s title</source>
        <translation>El título de la lección</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation>Texto de la lección</translation>
    </message>
    <message>
        <source>What this lesson shows and what to try</source>
        <translation>Qué muestra esta lección y qué probar</translation>
    </message>
    <message>
        <source>Teacher’s &amp;note</source>
        <translation>Nota para el &amp;docente</translation>
    </message>
    <message>
        <source>Show or hide the longer explanation for the teacher under the lesson text (%1)</source>
        <translation>Mostrar u ocultar bajo el texto de la lección la explicación más larga para el docente (%1)</translation>
    </message>
    <message>
        <source>Teacher&apos;s note</source>
        <translation>Nota para el docente</translation>
    </message>
    <message>
        <source>The longer explanation behind this lesson, for the teacher</source>
        <translation>La explicación más larga detrás de esta lección, para el docente</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Anterior</translation>
    </message>
    <message>
        <source>Previous lesson</source>
        <translation>Lección anterior</translation>
    </message>
    <message>
        <source>Go to the previous lesson (Page Up)</source>
        <translation>Ir a la lección anterior (Re Pág)</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Siguiente ▶</translation>
    </message>
    <message>
        <source>Next lesson</source>
        <translation>Lección siguiente</translation>
    </message>
    <message>
        <source>Go to the next lesson (Page Down)</source>
        <translation>Ir a la lección siguiente (Av Pág)</translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <source>Leave the lessons</source>
        <translation>Salir de las lecciones</translation>
    </message>
    <message>
        <source>Close the lesson panel; the current settings stay (Ctrl+Alt+L)</source>
        <translation>Cerrar el panel de la lección; los ajustes actuales se mantienen (Ctrl+Alt+L)</translation>
    </message>
    <message>
        <source>Lesson %1 of %2</source>
        <translation>Lección %1 de %2</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Lesson %1 of %2: %3</source>
        <translation>Lección %1 de %2: %3</translation>
    </message>
</context>
<context>
    <name>relulab::gui::MainWindow</name>
    <message>
        <source>ReLU Lab main window</source>
        <translation>Ventana principal de ReLU Lab</translation>
    </message>
    <message>
        <source>Explore ReLU, Leaky ReLU and Maxout and their derivatives, and train a small network to watch ReLU units die. F1 lists the keyboard shortcuts.</source>
        <translation>Explore ReLU, Leaky ReLU y Maxout y sus derivadas, y entrene una red pequeña para ver morir neuronas ReLU. F1 muestra los atajos de teclado.</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>&amp;Explorer</source>
        <translation>&amp;Explorador</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>E&amp;ntrenamiento</translation>
    </message>
    <message>
        <source>ReLU, Leaky ReLU and Maxout and their derivatives (Ctrl+1)</source>
        <translation>ReLU, Leaky ReLU y Maxout y sus derivadas (Ctrl+1)</translation>
    </message>
    <message>
        <source>Train a small network and watch units die (Ctrl+2)</source>
        <translation>Entrenar una red pequeña y ver morir neuronas (Ctrl+2)</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>Barra de estado</translation>
    </message>
    <message>
        <source>Values at the cursor</source>
        <translation>Valores en el cursor</translation>
    </message>
    <message>
        <source>Value and derivative of each shown function at the cursor&apos;s z. At a kink: the subgradient set and the value the convention takes.</source>
        <translation>Valor y derivada de cada función mostrada en la z del cursor. En un quiebre: el conjunto de subgradientes y el valor que toma la convención.</translation>
    </message>
    <message>
        <source>Formulas</source>
        <translation>Fórmulas</translation>
    </message>
    <message>
        <source>The definitions of the shown functions with their current numbers.</source>
        <translation>Las definiciones de las funciones mostradas con sus números actuales.</translation>
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
        <translation>La ejecución de comparación no puede empezar: %1</translation>
    </message>
    <message>
        <source>Move the mouse over the plots, or focus them and use ← →, to read values; at z = 0 you see the kink.</source>
        <translation>Mueva el ratón sobre los gráficos, o deles el foco y use ← →, para leer valores; en z = 0 verá el quiebre.</translation>
    </message>
    <message numerus="yes">
        <source>Pinned %n curve(s)</source>
        <translation>
            <numerusform>%n curva fijada</numerusform>
            <numerusform>%n curvas fijadas</numerusform>
        </translation>
    </message>
    <message>
        <source>The visible curves are pinned already</source>
        <translation>Las curvas visibles ya están fijadas</translation>
    </message>
    <message>
        <source>Copied the values at z = %1</source>
        <translation>Valores en z = %1 copiados</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falló la exportación</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
    <message>
        <source>Saved the animation</source>
        <translation>Animación guardada</translation>
    </message>
    <message>
        <source>Copied %1 as an image</source>
        <translation>%1 copiado como imagen</translation>
    </message>
    <message>
        <source>Export training log</source>
        <translation>Exportar registro de entrenamiento</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Archivo CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>Some lessons could not be read: %1</source>
        <translation>Algunas lecciones no se pudieron leer: %1</translation>
    </message>
    <message>
        <source>&amp;Start the lessons</source>
        <translation>&amp;Empezar las lecciones</translation>
    </message>
    <message>
        <source>Show the first lesson, or the current one</source>
        <translation>Mostrar la primera lección, o la actual</translation>
    </message>
    <message>
        <source>&amp;Next lesson</source>
        <translation>Lección &amp;siguiente</translation>
    </message>
    <message>
        <source>Go to the next lesson (also → while a lesson is shown)</source>
        <translation>Ir a la lección siguiente (también → mientras se muestra una lección)</translation>
    </message>
    <message>
        <source>&amp;Previous lesson</source>
        <translation>Lección &amp;anterior</translation>
    </message>
    <message>
        <source>Go to the previous lesson (also ← while a lesson is shown)</source>
        <translation>Ir a la lección anterior (también ← mientras se muestra una lección)</translation>
    </message>
    <message>
        <source>&amp;Leave the lessons</source>
        <translation>Sa&amp;lir de las lecciones</translation>
    </message>
    <message>
        <source>Hide the lesson panel; the settings stay as they are</source>
        <translation>Ocultar el panel de la lección; los ajustes se quedan como están</translation>
    </message>
    <message>
        <source>&amp;%1. %2</source>
        <translation>&amp;%1. %2</translation>
    </message>
    <message>
        <source>Set up the lesson “%1”</source>
        <translation>Preparar la lección «%1»</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <source>Lesson panel</source>
        <translation>Panel de la lección</translation>
    </message>
    <message>
        <source>The lesson&apos;s training setup was refused: %1</source>
        <translation>Se rechazó la configuración de entrenamiento de la lección: %1</translation>
    </message>
    <message>
        <source>Lesson %1: %2</source>
        <translation>Lección %1: %2</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Barra de menús</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Less&amp;on</source>
        <translation>&amp;Lección</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation>&amp;Nueva sesión</translation>
    </message>
    <message>
        <source>Start over with the default settings and a new training run</source>
        <translation>Volver a empezar con los ajustes predeterminados y una nueva ejecución de entrenamiento</translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation>&amp;Abrir sesión…</translation>
    </message>
    <message>
        <source>Open a saved .relulab session: settings, training setup and trained network</source>
        <translation>Abrir una sesión .relulab guardada: ajustes, configuración de entrenamiento y red entrenada</translation>
    </message>
    <message>
        <source>&amp;Save session</source>
        <translation>&amp;Guardar sesión</translation>
    </message>
    <message>
        <source>Save the settings, the training setup and the trained network at its step</source>
        <translation>Guardar los ajustes, la configuración de entrenamiento y la red entrenada en su paso</translation>
    </message>
    <message>
        <source>Save session &amp;as…</source>
        <translation>Guardar sesión &amp;como…</translation>
    </message>
    <message>
        <source>Save the session to a new .relulab file</source>
        <translation>Guardar la sesión en un nuevo archivo .relulab</translation>
    </message>
    <message>
        <source>Export &amp;figure…</source>
        <translation>Exportar &amp;figura…</translation>
    </message>
    <message>
        <source>Save any plot or a whole view as PNG, SVG or PDF, or its data as CSV</source>
        <translation>Guardar cualquier gráfico o una vista entera como PNG, SVG o PDF, o sus datos como CSV</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar CS&amp;V…</translation>
    </message>
    <message>
        <source>Save the curves on a uniform grid as CSV</source>
        <translation>Guardar las curvas en una rejilla uniforme como CSV</translation>
    </message>
    <message>
        <source>Export ani&amp;mation…</source>
        <translation>Exportar ani&amp;mación…</translation>
    </message>
    <message>
        <source>Save the training (replayed from step 0) or the explorer while α or the range sweeps as an animated GIF or an MP4 video</source>
        <translation>Guardar el entrenamiento (reproducido desde el paso 0) o el explorador mientras α o el rango hacen un barrido como GIF animado o vídeo MP4</translation>
    </message>
    <message>
        <source>Export training &amp;log…</source>
        <translation>Exportar &amp;registro de entrenamiento…</translation>
    </message>
    <message>
        <source>Save the training run&apos;s loss and dead units per recorded step as CSV</source>
        <translation>Guardar la pérdida y las neuronas muertas de la ejecución de entrenamiento por paso registrado como CSV</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Close ReLU Lab</source>
        <translation>Cerrar ReLU Lab</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo the last change of a setting (a whole drag at once)</source>
        <translation>Deshacer el último cambio de un ajuste (un arrastre entero de una vez)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Redo the change last undone</source>
        <translation>Rehacer el último cambio deshecho</translation>
    </message>
    <message>
        <source>&amp;Copy values at cursor</source>
        <translation>&amp;Copiar valores en el cursor</translation>
    </message>
    <message>
        <source>Copy z, f(z) and f′(z) of the shown functions at the cursor</source>
        <translation>Copiar z, f(z) y f′(z) de las funciones mostradas en el cursor</translation>
    </message>
    <message>
        <source>Copy plot &amp;image</source>
        <translation>Copiar &amp;imagen del gráfico</translation>
    </message>
    <message>
        <source>Copy the plots in front (explorer plots, or the training curves) as an image</source>
        <translation>Copiar como imagen los gráficos en primer plano (los del explorador o las curvas de entrenamiento)</translation>
    </message>
    <message>
        <source>Increase α</source>
        <translation>Aumentar α</translation>
    </message>
    <message>
        <source>Leaky slope α + 0.01</source>
        <translation>Pendiente leaky α + 0,01</translation>
    </message>
    <message>
        <source>Decrease α</source>
        <translation>Disminuir α</translation>
    </message>
    <message>
        <source>Leaky slope α − 0.01</source>
        <translation>Pendiente leaky α − 0,01</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <source>Show or hide %1</source>
        <translation>Mostrar u ocultar %1</translation>
    </message>
    <message>
        <source>Show &amp;subgradient set</source>
        <translation>Mostrar conjunto de s&amp;ubgradientes</translation>
    </message>
    <message>
        <source>Bars over [left, right] at each kink</source>
        <translation>Barras sobre [izquierda, derecha] en cada quiebre</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Narrow the z range</source>
        <translation>Estrechar el rango de z</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>Widen the z range</source>
        <translation>Ensanchar el rango de z</translation>
    </message>
    <message>
        <source>&amp;Reset view</source>
        <translation>&amp;Restablecer vista</translation>
    </message>
    <message>
        <source>&amp;Pin visible curves</source>
        <translation>&amp;Fijar curvas visibles</translation>
    </message>
    <message>
        <source>Freeze the visible curves with their current parameters as ghosts to compare with</source>
        <translation>Congelar las curvas visibles con sus parámetros actuales como fantasmas con los que comparar</translation>
    </message>
    <message>
        <source>C&amp;lear pins</source>
        <translation>S&amp;oltar las fijadas</translation>
    </message>
    <message>
        <source>Remove every pinned curve</source>
        <translation>Quitar todas las curvas fijadas</translation>
    </message>
    <message>
        <source>E&amp;xplorer tab</source>
        <translation>Pestaña E&amp;xplorador</translation>
    </message>
    <message>
        <source>Show the explorer</source>
        <translation>Mostrar el explorador</translation>
    </message>
    <message>
        <source>&amp;Training tab</source>
        <translation>Pestaña &amp;Entrenamiento</translation>
    </message>
    <message>
        <source>Show the training run</source>
        <translation>Mostrar la ejecución de entrenamiento</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Takes effect when ReLU Lab starts again</source>
        <translation>Se aplica cuando ReLU Lab vuelva a iniciarse</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Follow the system&apos;s language (now: %1)</source>
        <translation>Seguir el idioma del sistema (ahora: %1)</translation>
    </message>
    <message>
        <source>Use %1 from the next start</source>
        <translation>Usar %1 a partir del próximo inicio</translation>
    </message>
    <message>
        <source>The language changes when ReLU Lab starts again.</source>
        <translation>El idioma cambia cuando ReLU Lab vuelva a iniciarse.</translation>
    </message>
    <message>
        <source>&amp;Convention at kinks</source>
        <translation>Con&amp;vención en quiebres</translation>
    </message>
    <message>
        <source>&amp;Left</source>
        <translation>&amp;Izquierda</translation>
    </message>
    <message>
        <source>Use the left derivative: PyTorch&apos;s and TensorFlow&apos;s ReLU′(0) = 0 and Leaky′(0) = α; for maxout the smallest tied slope, which no framework computes</source>
        <translation>Usar la derivada por la izquierda: ReLU′(0) = 0 y Leaky′(0) = α, como en PyTorch y TensorFlow; para maxout la menor pendiente empatada, que ningún framework calcula</translation>
    </message>
    <message>
        <source>&amp;Right</source>
        <translation>&amp;Derecha</translation>
    </message>
    <message>
        <source>Use the right derivative: ReLU′(0) = 1, the largest tied slope</source>
        <translation>Usar la derivada por la derecha: ReLU′(0) = 1, la mayor pendiente empatada</translation>
    </message>
    <message>
        <source>&amp;Mean</source>
        <translation>&amp;Media</translation>
    </message>
    <message>
        <source>Use the mean of the left and right derivatives: ReLU′(0) = ½</source>
        <translation>Usar la media de las derivadas por la izquierda y por la derecha: ReLU′(0) = ½</translation>
    </message>
    <message>
        <source>&amp;First (PyTorch relu, max(dim))</source>
        <translation>&amp;Primera (PyTorch relu, max(dim))</translation>
    </message>
    <message>
        <source>Use what PyTorch&apos;s relu, leaky_relu and max(dim) compute: 0 and α as left; maxout as max over the piece dimension gives a tie to the first maximal piece (torch.amax would split it evenly)</source>
        <translation>Usar lo que calculan relu, leaky_relu y max(dim) de PyTorch: 0 y α como la izquierda; maxout como max sobre la dimensión de las piezas da un empate a la primera pieza máxima (torch.amax lo repartiría a partes iguales)</translation>
    </message>
    <message>
        <source>&amp;Play / Pause</source>
        <translation>&amp;Reproducir / Pausa</translation>
    </message>
    <message>
        <source>Start or pause training</source>
        <translation>Iniciar o pausar el entrenamiento</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>&amp;Paso</translation>
    </message>
    <message>
        <source>Train one mini-batch step</source>
        <translation>Entrenar un paso de minilote</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>Re&amp;iniciar</translation>
    </message>
    <message>
        <source>Start the run over with the same seed</source>
        <translation>Volver a empezar la ejecución con la misma semilla</translation>
    </message>
    <message>
        <source>Linear re&amp;gions</source>
        <translation>Regiones &amp;lineales</translation>
    </message>
    <message>
        <source>Show the network&apos;s exact linear regions in the data plot: each region (one on/off pattern of the hidden units) its own colour, the selected unit&apos;s bent line bold</source>
        <translation>Mostrar las regiones lineales exactas de la red en el gráfico de datos: cada región (un patrón encendida/apagada de las neuronas ocultas) en su propio color, la línea quebrada de la neurona seleccionada en negrita</translation>
    </message>
    <message>
        <source>&amp;Import data…</source>
        <translation>Importar &amp;datos…</translation>
    </message>
    <message>
        <source>Train on your own CSV examples</source>
        <translation>Entrenar con sus propios ejemplos CSV</translation>
    </message>
    <message>
        <source>&amp;Compare with…</source>
        <translation>&amp;Comparar con…</translation>
    </message>
    <message>
        <source>Train a second run beside this one, same data and seed, another activation</source>
        <translation>Entrenar una segunda ejecución junto a esta, mismos datos y semilla, otra activación</translation>
    </message>
    <message>
        <source>S&amp;top comparing</source>
        <translation>&amp;Terminar la comparación</translation>
    </message>
    <message>
        <source>End the second run</source>
        <translation>Terminar la segunda ejecución</translation>
    </message>
    <message>
        <source>&amp;Born-dead networks…</source>
        <translation>Redes &amp;nacidas muertas…</translation>
    </message>
    <message>
        <source>How many deep, narrow ReLU nets are dead at initialisation</source>
        <translation>Cuántas redes ReLU profundas y estrechas están muertas al inicializarse</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>List every shortcut, menu by menu (F1 or ?)</source>
        <translation>Listar todos los atajos, menú por menú (F1 o ?)</translation>
    </message>
    <message>
        <source>&amp;About ReLU Lab</source>
        <translation>Acerca &amp;de ReLU Lab</translation>
    </message>
    <message>
        <source>Version and purpose</source>
        <translation>Versión y propósito</translation>
    </message>
    <message>
        <source>About ReLU Lab</source>
        <translation>Acerca de ReLU Lab</translation>
    </message>
    <message>
        <source>&lt;b&gt;ReLU Lab&lt;/b&gt; %1&lt;br&gt;Explore ReLU, Leaky ReLU and Maxout, their derivatives and kinks.</source>
        <translation>&lt;b&gt;ReLU Lab&lt;/b&gt; %1&lt;br&gt;Explore ReLU, Leaky ReLU y Maxout, sus derivadas y sus quiebres.</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texto &amp;más grande</translation>
    </message>
    <message>
        <source>Make all text larger, plots included (Ctrl+= or Ctrl++)</source>
        <translation>Agrandar todo el texto, gráficos incluidos (Ctrl+= o Ctrl++)</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <source>Make all text smaller, plots included</source>
        <translation>Reducir todo el texto, gráficos incluidos</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Tamaño de texto &amp;normal</translation>
    </message>
    <message>
        <source>Back to the normal text size</source>
        <translation>Volver al tamaño de texto normal</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>Al&amp;to contraste</translation>
    </message>
    <message>
        <source>Black on white, thicker lines and a stronger focus ring</source>
        <translation>Negro sobre blanco, líneas más gruesas y un anillo de foco más marcado</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>Mo&amp;do presentación</translation>
    </message>
    <message>
        <source>Full screen with large text and thick lines for a projector; F5 or Esc leaves</source>
        <translation>Pantalla completa con texto grande y líneas gruesas para un proyector; F5 o Esc para salir</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presentar</translation>
    </message>
    <message>
        <source>L&amp;eave presentation mode</source>
        <translation>&amp;Salir del modo presentación</translation>
    </message>
    <message>
        <source>Back to the normal window</source>
        <translation>Volver a la ventana normal</translation>
    </message>
    <message>
        <source>&amp;Controls</source>
        <translation>&amp;Controles</translation>
    </message>
    <message>
        <source>Show or hide the control panels of both tabs; presentation mode folds them away to give the plots the room</source>
        <translation>Mostrar u ocultar los paneles de control de ambas pestañas; el modo presentación los pliega para dejar sitio a los gráficos</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Back to z from −10 to 10</source>
        <translation>Volver a z de −10 a 10</translation>
    </message>
</context>
<context>
    <name>relulab::gui::MaxoutPiecesModel</name>
    <message>
        <source>active</source>
        <translation>activa</translation>
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
        <translation>La pieza %1 = %2 es el máximo en parte del eje z.</translation>
    </message>
    <message>
        <source>Piece %1 = %2 is never the maximum: it does not shape the unit.</source>
        <translation>La pieza %1 = %2 nunca es el máximo: no da forma a la neurona.</translation>
    </message>
    <message>
        <source>Piece %1 = %2 repeats an earlier piece.</source>
        <translation>La pieza %1 = %2 repite una pieza anterior.</translation>
    </message>
    <message>
        <source>slope</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>intercept</source>
        <translation>ordenada al origen</translation>
    </message>
    <message>
        <source>state</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>Piece %1: not a number</source>
        <translation>Pieza %1: no es un número</translation>
    </message>
</context>
<context>
    <name>relulab::gui::NetworkDiagram</name>
    <message>
        <source>Network diagram</source>
        <translation>Diagrama de la red</translation>
    </message>
    <message>
        <source> — collapsed</source>
        <translation> — colapsada</translation>
    </message>
    <message>
        <source>Layer %1, unit %2</source>
        <translation>Capa %1, neurona %2</translation>
    </message>
    <message>
        <source>an unknown share</source>
        <translation>una proporción desconocida</translation>
    </message>
    <message>
        <source>%1: never off — sigmoid and tanh pass gradient on every example (z &gt; 0 on %2 of the training examples)</source>
        <translation>%1: nunca apagada — sigmoid y tanh transmiten gradiente en todos los ejemplos (z &gt; 0 en %2 de los ejemplos de entrenamiento)</translation>
    </message>
    <message>
        <source>%1: dead — z ≤ 0 on every training example (active on %2 of them)</source>
        <translation>%1: muerta — z ≤ 0 en todos los ejemplos de entrenamiento (activa en %2 de ellos)</translation>
    </message>
    <message>
        <source>%1: inactive — z ≤ 0 on every training example, but it still passes gradient and can recover (active on %2 of them)</source>
        <translation>%1: inactiva — z ≤ 0 en todos los ejemplos de entrenamiento, pero aún transmite gradiente y puede recuperarse (activa en %2 de ellos)</translation>
    </message>
    <message>
        <source>%1: starved — its own kink would pass gradient (active on %2 of the training examples), but none reaches its incoming weights: every path to the output is blocked by a dead layer or zero weights, or its inputs are all 0</source>
        <translation>%1: hambrienta — su propio quiebre dejaría pasar gradiente (activa en %2 de los ejemplos de entrenamiento), pero ninguno llega a sus pesos de entrada: cada camino hacia la salida está bloqueado por una capa muerta o por pesos nulos, o sus entradas son todas 0</translation>
    </message>
    <message>
        <source>%1: active — z &gt; 0 on %2 of the training examples</source>
        <translation>%1: activa — z &gt; 0 en %2 de los ejemplos de entrenamiento</translation>
    </message>
    <message>
        <source>
At the probed point: z = %1, on</source>
        <translation>
En el punto de sondeo: z = %1, encendida</translation>
    </message>
    <message>
        <source>
At the probed point: z = %1, off</source>
        <translation>
En el punto de sondeo: z = %1, apagada</translation>
    </message>
    <message>
        <source>No network yet. Press Play to train.</source>
        <translation>Aún no hay red. Pulse Reproducir para entrenar.</translation>
    </message>
    <message>
        <source>%1 hidden layers, %2 units: %3 dead, %4 starved, %5 inactive but alive (counting the starved ones that are off on all data), %6 active on some data.</source>
        <translation>%1 capas ocultas, %2 neuronas: %3 muertas, %4 hambrientas, %5 inactivas pero vivas (contando las hambrientas que están apagadas en todos los datos), %6 activas en parte de los datos.</translation>
    </message>
    <message>
        <source> Collapsed: a hidden layer is the same on every training example, so the output no longer depends on x.</source>
        <translation> Colapsada: una capa oculta es igual en todos los ejemplos de entrenamiento, así que la salida ya no depende de x.</translation>
    </message>
    <message>
        <source> Sigmoid and tanh have no off region: no unit can be dead or inactive.</source>
        <translation> Sigmoid y tanh no tienen región apagada: ninguna neurona puede estar muerta ni inactiva.</translation>
    </message>
    <message>
        <source> Selected: %1.</source>
        <translation> Seleccionada: %1.</translation>
    </message>
    <message>
        <source>dead (its kink blocks every example)</source>
        <translation>muerta (su quiebre bloquea todos los ejemplos)</translation>
    </message>
    <message>
        <source>dotted, ⊘: starved (no gradient reaches it)</source>
        <translation>punteada, ⊘: hambrienta (no le llega ningún gradiente)</translation>
    </message>
    <message>
        <source>dashed: inactive (z ≤ 0 on all data)</source>
        <translation>a trazos: inactiva (z ≤ 0 en todos los datos)</translation>
    </message>
    <message>
        <source>hatched: where the unit is off (z ≤ 0)</source>
        <translation>rayado: donde la neurona está apagada (z ≤ 0)</translation>
    </message>
    <message>
        <source>grey: z ≤ 0 (sigmoid and tanh are never off)</source>
        <translation>gris: z ≤ 0 (sigmoid y tanh nunca están apagadas)</translation>
    </message>
    <message>
        <source>on: z &gt; 0, darker = larger</source>
        <translation>encendida: z &gt; 0, más oscuro = mayor</translation>
    </message>
    <message>
        <source>w &gt; 0 / w &lt; 0, width ∝ |w|</source>
        <translation>w &gt; 0 / w &lt; 0, grosor ∝ |w|</translation>
    </message>
    <message>
        <source>Press Play to train</source>
        <translation>Pulse Reproducir para entrenar</translation>
    </message>
    <message>
        <source>input</source>
        <translation>entrada</translation>
    </message>
    <message>
        <source>output</source>
        <translation>salida</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>capa %1</translation>
    </message>
    <message>
        <source>dead %1 / %2 (%3%)</source>
        <translation>muertas %1 / %2 (%3 %)</translation>
    </message>
    <message>
        <source>, starved %1</source>
        <translation>, hambrientas %1</translation>
    </message>
</context>
<context>
    <name>relulab::gui::PinsPanel</name>
    <message>
        <source>Pinned curves</source>
        <translation>Curvas fijadas</translation>
    </message>
    <message>
        <source>None. Pin the visible curves (P), then change α or the pieces to compare with them.</source>
        <translation>Ninguna. Fije las curvas visibles (P) y luego cambie α o las piezas para compararlas.</translation>
    </message>
    <message>
        <source>Pin visible</source>
        <translation>Fijar visibles</translation>
    </message>
    <message>
        <source>Pin visible curves</source>
        <translation>Fijar curvas visibles</translation>
    </message>
    <message>
        <source>Freeze every visible curve with its current parameters as a ghost to compare with (P); at most %1</source>
        <translation>Congelar cada curva visible con sus parámetros actuales como fantasma con el que comparar (P); como máximo %1</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Soltar</translation>
    </message>
    <message>
        <source>Clear pins</source>
        <translation>Soltar las fijadas</translation>
    </message>
    <message>
        <source>Remove every pinned curve (Shift+P)</source>
        <translation>Quitar todas las curvas fijadas (Mayús+P)</translation>
    </message>
    <message>
        <source>Unpin %1</source>
        <translation>Soltar %1</translation>
    </message>
</context>
<context>
    <name>relulab::gui::ProbePanel</name>
    <message>
        <source>Calculation at the probed point</source>
        <translation>Cálculo en el punto de sondeo</translation>
    </message>
    <message>
        <source>The selected unit&apos;s sum at the probed point: inputs × weights + bias = z, then f(z) and f′(z). Hover the data plot to probe a point, click to pin it.</source>
        <translation>La suma de la neurona seleccionada en el punto de sondeo: entradas × pesos + sesgo = z, luego f(z) y f′(z). Pase el ratón sobre el gráfico de datos para sondear un punto, haga clic para fijarlo.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Probe&lt;/b&gt;: hover the data plot to see the network at a point; click to pin it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Sondeo&lt;/b&gt;: pase el ratón sobre el gráfico de datos para ver la red en un punto; haga clic para fijarlo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Probe&lt;/b&gt;: no network yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Sondeo&lt;/b&gt;: aún no hay red.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>pinned: click or Esc releases, arrows move it</source>
        <translation>fijado: un clic o Esc lo suelta, las flechas lo mueven</translation>
    </message>
    <message>
        <source>click to pin</source>
        <translation>clic para fijar</translation>
    </message>
    <message>
        <source>ŷ = %1</source>
        <translation>ŷ = %1</translation>
    </message>
    <message>
        <source>ŷ = p(class 1) = %1 → class %2</source>
        <translation>ŷ = p(clase 1) = %1 → clase %2</translation>
    </message>
    <message>
        <source>Probe</source>
        <translation>Sondeo</translation>
    </message>
    <message>
        <source>layer %1 %2 (%3 on)</source>
        <translation>capa %1 %2 (%3 encendidas)</translation>
    </message>
    <message>
        <source>ŷ = %1 → class %2</source>
        <translation>ŷ = %1 → clase %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Linear region %1 of %2&lt;/b&gt;: pattern %3&lt;br&gt;on it the network is affine: %4 = %5&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Región lineal %1 de %2&lt;/b&gt;: patrón %3&lt;br&gt;en ella la red es afín: %4 = %5&lt;/p&gt;</translation>
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
        <translation>&lt;p&gt;Seleccione una neurona en el diagrama para ver aquí su suma.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Unit %1·%2&lt;/b&gt; (layer %1, unit %2), %3:&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Neurona %1·%2&lt;/b&gt; (capa %1, neurona %2), %3:&lt;/p&gt;</translation>
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
        <translation>= término</translation>
    </message>
    <message>
        <source>+ bias</source>
        <translation>+ sesgo</translation>
    </message>
    <message>
        <source>= piece</source>
        <translation>= pieza</translation>
    </message>
    <message>
        <source> (piece %1 wins)</source>
        <translation> (gana la pieza %1)</translation>
    </message>
    <message>
        <source>&lt;br&gt;z = 0 exactly: the kink. f′(0) = %1 is the %2 convention&apos;s value.</source>
        <translation>&lt;br&gt;z = 0 exactamente: el quiebre. f′(0) = %1 es el valor de la convención %2.</translation>
    </message>
    <message>
        <source>&lt;br&gt;On: z &gt; 0, the unit passes its input.</source>
        <translation>&lt;br&gt;Encendida: z &gt; 0, la neurona deja pasar su entrada.</translation>
    </message>
    <message>
        <source>&lt;br&gt;Off: z ≤ 0, the unit passes %1.</source>
        <translation>&lt;br&gt;Apagada: z ≤ 0, la neurona deja pasar %1.</translation>
    </message>
    <message>
        <source>nothing (0)</source>
        <translation>nada (0)</translation>
    </message>
    <message>
        <source>its slope × z</source>
        <translation>su pendiente × z</translation>
    </message>
</context>
<context>
    <name>relulab::gui::SessionDocument</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir r&amp;eciente</translation>
    </message>
    <message>
        <source>Removed from Open Recent (no longer there): %1</source>
        <translation>Quitada de Abrir reciente (ya no existe): %1</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>%1[*] — ReLU Lab</source>
        <translation>%1[*] — ReLU Lab</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Abierto %1</translation>
    </message>
    <message>
        <source> (without the diverged network: the run starts at step 0 when opened)</source>
        <translation> (sin la red divergente: la ejecución empieza en el paso 0 al abrirla)</translation>
    </message>
    <message>
        <source>Saved %1%2</source>
        <translation>Guardado %1%2</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to %1 first?</source>
        <translation>¿Guardar primero los cambios en %1?</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Abrir sesión</translation>
    </message>
    <message>
        <source>Could not open the session</source>
        <translation>No se pudo abrir la sesión</translation>
    </message>
    <message>
        <source>%1 was not opened:</source>
        <translation>%1 no se abrió:</translation>
    </message>
    <message>
        <source>%1

Nothing in the open session was changed.</source>
        <translation>%1

No se cambió nada en la sesión abierta.</translation>
    </message>
    <message>
        <source>Could not save the session</source>
        <translation>No se pudo guardar la sesión</translation>
    </message>
    <message>
        <source>%1 was not saved:
%2

The file on disk was left as it was.</source>
        <translation>%1 no se guardó:
%2

El archivo en el disco se dejó como estaba.</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Guardar sesión</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Session not found</source>
        <translation>Sesión no encontrada</translation>
    </message>
    <message>
        <source>%1 no longer exists; it was removed from Open Recent.</source>
        <translation>%1 ya no existe; se quitó de Abrir reciente.</translation>
    </message>
    <message>
        <source>No recent sessions</source>
        <translation>No hay sesiones recientes</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Vaciar la lista</translation>
    </message>
    <message>
        <source>Forget the recently opened and saved sessions</source>
        <translation>Olvidar las sesiones abiertas y guardadas recientemente</translation>
    </message>
    <message>
        <source>The last session could not be restored (%1): %2. Started a new one.</source>
        <translation>No se pudo restaurar la última sesión (%1): %2. Se empezó una nueva.</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>no se puede crear %1</translation>
    </message>
</context>
<context>
    <name>relulab::gui::ShortcutSheet</name>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>On the plot, when it has focus</source>
        <translation>En el gráfico, cuando tiene el foco</translation>
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
        <translation>Mover el cursor a lo largo de z</translation>
    </message>
    <message>
        <source>It stops on every kink; the readout names the subgradient there</source>
        <translation>Se detiene en cada quiebre; la lectura indica allí el subgradiente</translation>
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
        <translation>Cambiar α o la pieza de maxout elegida</translation>
    </message>
    <message>
        <source>α by 0.01, a piece&apos;s intercept by 0.1</source>
        <translation>α en 0,01, la ordenada al origen de una pieza en 0,1</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Choose what ↑ ↓ change</source>
        <translation>Elegir qué cambian ↑ ↓</translation>
    </message>
    <message>
        <source>α, then each maxout piece in turn</source>
        <translation>α, luego cada pieza de maxout por turno</translation>
    </message>
    <message>
        <source>Shift + arrows</source>
        <translation>Mayús + flechas</translation>
    </message>
    <message>
        <source>Finer steps</source>
        <translation>Pasos más finos</translation>
    </message>
    <message>
        <source>A tenth of the normal step</source>
        <translation>Una décima parte del paso normal</translation>
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
        <translation>Mayús+Tab</translation>
    </message>
    <message>
        <source>Next or previous control</source>
        <translation>Control siguiente o anterior</translation>
    </message>
    <message>
        <source>The focused control has a ring round it</source>
        <translation>El control con el foco tiene un anillo alrededor</translation>
    </message>
    <message>
        <source>Arrows</source>
        <translation>Flechas</translation>
    </message>
    <message>
        <source>Change a slider or spin box</source>
        <translation>Cambiar un deslizador o un campo numérico</translation>
    </message>
    <message>
        <source>With Shift: a tenth of the step</source>
        <translation>Con Mayús: una décima parte del paso</translation>
    </message>
    <message>
        <source> on the diagram</source>
        <translation> en el diagrama</translation>
    </message>
    <message>
        <source>Select a unit of the network</source>
        <translation>Seleccionar una neurona de la red</translation>
    </message>
    <message>
        <source>Home selects none</source>
        <translation>Inicio no selecciona ninguna</translation>
    </message>
    <message>
        <source>Shortcut list</source>
        <translation>Lista de atajos</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of ReLU Lab, grouped by menu, then the keys of the plot and of the controls</source>
        <translation>Todos los atajos de teclado de ReLU Lab, agrupados por menú, y luego las teclas del gráfico y de los controles</translation>
    </message>
    <message>
        <source>Every keyboard shortcut, grouped by menu</source>
        <translation>Todos los atajos de teclado, agrupados por menú</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the shortcut list (Esc)</source>
        <translation>Cerrar la lista de atajos (Esc)</translation>
    </message>
</context>
<context>
    <name>relulab::gui::TimelineBar</name>
    <message>
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
    <message>
        <source>Step shown</source>
        <translation>Paso mostrado</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Más reciente</translation>
    </message>
    <message>
        <source>Show the newest step</source>
        <translation>Mostrar el paso más reciente</translation>
    </message>
    <message>
        <source>Show the run&apos;s newest step again (End). Play also goes on from there.</source>
        <translation>Volver a mostrar el paso más reciente de la ejecución (Fin). Reproducir también sigue desde ahí.</translation>
    </message>
    <message>
        <source>Continue from here…</source>
        <translation>Continuar desde aquí…</translation>
    </message>
    <message>
        <source>Continue from the step shown</source>
        <translation>Continuar desde el paso mostrado</translation>
    </message>
    <message>
        <source>Discard the history after the step shown and train on from it, exactly as a run that had stopped there would</source>
        <translation>Descartar el historial posterior al paso mostrado y seguir entrenando desde él, exactamente como lo haría una ejecución que se hubiera detenido allí</translation>
    </message>
    <message>
        <source>unit %1·%2</source>
        <translation>neurona %1·%2</translation>
    </message>
    <message>
        <source>%1 never died</source>
        <translation>%1 nunca murió</translation>
    </message>
    <message>
        <source>Continue from step %1?</source>
        <translation>¿Continuar desde el paso %1?</translation>
    </message>
    <message>
        <source>Train on from step %1 and discard the history after it (steps %2 to %3)?</source>
        <translation>¿Seguir entrenando desde el paso %1 y descartar el historial posterior (pasos %2 a %3)?</translation>
    </message>
    <message>
        <source>Continue from step %1</source>
        <translation>Continuar desde el paso %1</translation>
    </message>
    <message>
        <source>The run goes on exactly as a run that had stopped at step %1 would: same weights, optimizer state and batch order.</source>
        <translation>La ejecución sigue exactamente como lo haría una ejecución detenida en el paso %1: mismos pesos, mismo estado del optimizador y mismo orden de lotes.</translation>
    </message>
    <message>
        <source>Showing step %1 of %2</source>
        <translation>Mostrando el paso %1 de %2</translation>
    </message>
    <message>
        <source>Which step every view shows</source>
        <translation>Qué paso muestra cada vista</translation>
    </message>
    <message>
        <source>Selected unit&apos;s history</source>
        <translation>Historial de la neurona seleccionada</translation>
    </message>
    <message>
        <source>When the selected unit died and revived in the run&apos;s history</source>
        <translation>Cuándo murió y revivió la neurona seleccionada en el historial de la ejecución</translation>
    </message>
    <message>
        <source>Newest step</source>
        <translation>Paso más reciente</translation>
    </message>
</context>
<context>
    <name>relulab::gui::TimelineTrack</name>
    <message>
        <source>Training timeline</source>
        <translation>Línea de tiempo del entrenamiento</translation>
    </message>
    <message>
        <source>The run&apos;s history: drag or click to show a kept step in every view; ←/→ one kept step, PgUp/PgDn a tenth of the run, Home the start, End or Esc the newest step. ▼ a unit died, ▲ it revived.</source>
        <translation>El historial de la ejecución: arrastre o haga clic para mostrar un paso guardado en todas las vistas; ←/→ un paso guardado, Re Pág/Av Pág una décima parte de la ejecución, Inicio el principio, Fin o Esc el paso más reciente. ▼ una neurona murió, ▲ revivió.</translation>
    </message>
</context>
<context>
    <name>relulab::gui::TrainingCurves</name>
    <message>
        <source>Training curves</source>
        <translation>Curvas de entrenamiento</translation>
    </message>
    <message>
        <source>Loss over training steps (train: solid line, test: dashed line) on the left axis and the share of dead hidden units (thick grey step line) on the right axis. When two runs are compared: each run&apos;s train loss (thin) and dead share (thick step line), the main run solid blue, the second run dashed vermillion; the legend names each run with its dead units. On the outer right axis, the number of linear regions of the main run&apos;s network in the input view&apos;s box (dash-dot line; triangles where the count stopped at its limit), with a thin line for the most a one-hidden-layer net can have or a dotted line for the scale of a deeper one.</source>
        <translation>Pérdida a lo largo de los pasos de entrenamiento (entrenamiento: línea continua, prueba: línea a trazos) en el eje izquierdo y la proporción de neuronas ocultas muertas (línea escalonada gris gruesa) en el eje derecho. Al comparar dos ejecuciones: la pérdida de entrenamiento de cada ejecución (fina) y su proporción de muertas (línea escalonada gruesa), la ejecución principal azul continua, la segunda bermellón a trazos; la leyenda nombra cada ejecución con sus neuronas muertas. En el eje derecho exterior, el número de regiones lineales de la red de la ejecución principal en el recuadro de la vista de entrada (línea de trazo y punto; triángulos donde el recuento se detuvo en su límite), con una línea fina para el máximo que puede tener una red de una capa oculta o una línea punteada para el orden de magnitud de una más profunda.</translation>
    </message>
    <message>
        <source>step</source>
        <translation>paso</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>pérdida</translation>
    </message>
    <message>
        <source>dead units (%)</source>
        <translation>neuronas muertas (%)</translation>
    </message>
    <message>
        <source>linear regions</source>
        <translation>regiones lineales</translation>
    </message>
    <message>
        <source>dead (%)</source>
        <translation>% muertas</translation>
    </message>
    <message>
        <source>loss (log scale)</source>
        <translation>pérdida (escala log.)</translation>
    </message>
    <message>
        <source>log loss</source>
        <translation>pérdida log.</translation>
    </message>
    <message>
        <source>regions</source>
        <translation>regiones</translation>
    </message>
    <message>
        <source>%1: %2 / %3 dead (%4%)</source>
        <translation>%1: %2 / %3 muertas (%4 %)</translation>
    </message>
    <message>
        <source>train loss</source>
        <translation>pérdida (entren.)</translation>
    </message>
    <message>
        <source>test loss</source>
        <translation>pérdida (prueba)</translation>
    </message>
    <message>
        <source>dead units</source>
        <translation>neuronas muertas</translation>
    </message>
    <message>
        <source>≥: more regions than the limit</source>
        <translation>≥: más regiones que el límite</translation>
    </message>
    <message>
        <source>linear regions (%1)</source>
        <translation>regiones lineales (%1)</translation>
    </message>
    <message>
        <source>max %1 = N + 1</source>
        <translation>máx. %1 = N + 1</translation>
    </message>
    <message>
        <source>At most %1 intervals: each of the N = %2 hidden units bends the output at most once along x, and %2 kinks cut the line into at most N + 1 = %1 intervals. Inside the view&apos;s range there can only be fewer.</source>
        <translation>Como máximo %1 intervalos: cada una de las N = %2 neuronas ocultas quiebra la salida como máximo una vez a lo largo de x, y %2 quiebres cortan la recta en como máximo N + 1 = %1 intervalos. Dentro del rango de la vista solo puede haber menos.</translation>
    </message>
    <message>
        <source>max %1 (Zaslavsky)</source>
        <translation>máx. %1 (Zaslavsky)</translation>
    </message>
    <message>
        <source>~ units = %1</source>
        <translation>~ neuronas = %1</translation>
    </message>
    <message>
        <source>~ (units)² = %1</source>
        <translation>~ (neuronas)² = %1</translation>
    </message>
    <message>
        <source>At most %1 regions: the N = %2 hidden units are %2 lines in the plane, and %2 lines in general position cut it into 1 + N + N(N−1)/2 = %1 regions (Zaslavsky 1975). Inside the view&apos;s box there can only be fewer: 1 + (lines crossing the box) + (crossings inside it).</source>
        <translation>Como máximo %1 regiones: las N = %2 neuronas ocultas son %2 rectas en el plano, y %2 rectas en posición general lo cortan en 1 + N + N(N−1)/2 = %1 regiones (Zaslavsky 1975). Dentro del recuadro de la vista solo puede haber menos: 1 + (rectas que cruzan el recuadro) + (cruces dentro de él).</translation>
    </message>
    <message>
        <source>A scale, not an exact limit: for a 1-D input, the average number of linear pieces of a ReLU network at initialisation is bounded by about (number of hidden units)¹ = %1, independent of depth, and stays near that in training (Hanin &amp; Rolnick 2019, “Deep ReLU Networks Have Surprisingly Few Activation Patterns”). The most a deep net can have grows exponentially with depth (Montúfar et al. 2014).</source>
        <translation>Un orden de magnitud, no un límite exacto: para una entrada 1-D, el número medio de piezas lineales de una red ReLU al inicializarse está acotado aproximadamente por (número de neuronas ocultas)¹ = %1, independientemente de la profundidad, y se mantiene cerca de ese valor durante el entrenamiento (Hanin &amp; Rolnick 2019, «Deep ReLU Networks Have Surprisingly Few Activation Patterns»). El máximo que puede tener una red profunda crece exponencialmente con la profundidad (Montúfar et al. 2014).</translation>
    </message>
    <message>
        <source>A scale, not an exact limit: for a 2-D input, the average number of regions of a ReLU network at initialisation is bounded by about (number of hidden units)² = %1 × %1 = %2, independent of depth, and stays near that in training (Hanin &amp; Rolnick 2019, “Deep ReLU Networks Have Surprisingly Few Activation Patterns”). The most a deep net can have grows exponentially with depth (Montúfar et al. 2014).</source>
        <translation>Un orden de magnitud, no un límite exacto: para una entrada 2-D, el número medio de regiones de una red ReLU al inicializarse está acotado aproximadamente por (número de neuronas ocultas)² = %1 × %1 = %2, independientemente de la profundidad, y se mantiene cerca de ese valor durante el entrenamiento (Hanin &amp; Rolnick 2019, «Deep ReLU Networks Have Surprisingly Few Activation Patterns»). El máximo que puede tener una red profunda crece exponencialmente con la profundidad (Montúfar et al. 2014).</translation>
    </message>
    <message>
        <source>dead, layer %1</source>
        <translation>muertas, capa %1</translation>
    </message>
</context>
<context>
    <name>relulab::gui::TrainingPanel</name>
    <message>
        <source>Training controls</source>
        <translation>Controles de entrenamiento</translation>
    </message>
    <message>
        <source>Training message</source>
        <translation>Mensaje de entrenamiento</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>Reproducir o pausar</translation>
    </message>
    <message>
        <source>Start or pause training (Space)</source>
        <translation>Iniciar o pausar el entrenamiento (Espacio)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Train one mini-batch step (N)</source>
        <translation>Entrenar un paso de minilote (N)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Start over from step 0 with the same seed: the identical run (Ctrl+R)</source>
        <translation>Volver a empezar desde el paso 0 con la misma semilla: la ejecución idéntica (Ctrl+R)</translation>
    </message>
    <message>
        <source>Training speed</source>
        <translation>Velocidad de entrenamiento</translation>
    </message>
    <message>
        <source>Steps per second, from 1 to 10,000; far right: as fast as possible</source>
        <translation>Pasos por segundo, de 1 a 10.000; a la derecha del todo: lo más rápido posible</translation>
    </message>
    <message>
        <source>Training speed value</source>
        <translation>Valor de la velocidad de entrenamiento</translation>
    </message>
    <message>
        <source>Steps per second</source>
        <translation>Pasos por segundo</translation>
    </message>
    <message>
        <source>%1 steps/s</source>
        <translation>%1 pasos/s</translation>
    </message>
    <message>
        <source>speed</source>
        <translation>velocidad</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <source>The toy data set: 2-D classification (circle, xor, ...), class by a curve (above-sine, above-cubic, above-abs) or 1-D regression (abs, sine, step)</source>
        <translation>El conjunto de datos de juguete: clasificación 2-D (circle, xor, ...), clase según una curva (above-sine, above-cubic, above-abs) o regresión 1-D (abs, sine, step)</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Ruido</translation>
    </message>
    <message>
        <source>Noise added to the examples, in the data&apos;s units</source>
        <translation>Ruido añadido a los ejemplos, en las unidades de los datos</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Ejemplos</translation>
    </message>
    <message>
        <source>Number of examples; 20% are held out for testing</source>
        <translation>Número de ejemplos; el 20 % se reserva para prueba</translation>
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
        <translation>Entrenar con sus propios ejemplos: filas x1,x2,label o x,y</translation>
    </message>
    <message>
        <source>set</source>
        <translation>conjunto</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>ruido</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>ejemplos</translation>
    </message>
    <message>
        <source>Class a click adds</source>
        <translation>Clase que añade un clic</translation>
    </message>
    <message>
        <source>Click the data plot to add an example of this class; Shift+click removes the nearest example. The run starts over on the new data.</source>
        <translation>Haga clic en el gráfico de datos para añadir un ejemplo de esta clase; Mayús+clic quita el ejemplo más cercano. La ejecución vuelve a empezar con los datos nuevos.</translation>
    </message>
    <message>
        <source>Ctrl+click adds class 1 (● blue)</source>
        <translation>Ctrl+clic añade la clase 1 (● azul)</translation>
    </message>
    <message>
        <source>Ctrl+click adds class 0 (▲ orange)</source>
        <translation>Ctrl+clic añade la clase 0 (▲ naranja)</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>editar</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Hidden layer widths</source>
        <translation>Anchos de las capas ocultas</translation>
    </message>
    <message>
        <source>Widths of the hidden layers, e.g. 8,8 (1 to 12 layers of 1 to 32 units)</source>
        <translation>Anchos de las capas ocultas, p. ej. 8,8 (de 1 a 12 capas de 1 a 32 neuronas)</translation>
    </message>
    <message>
        <source>+ layer</source>
        <translation>+ capa</translation>
    </message>
    <message>
        <source>Add layer</source>
        <translation>Añadir capa</translation>
    </message>
    <message>
        <source>Add a hidden layer as wide as the last</source>
        <translation>Añadir una capa oculta tan ancha como la última</translation>
    </message>
    <message>
        <source>− layer</source>
        <translation>− capa</translation>
    </message>
    <message>
        <source>Remove layer</source>
        <translation>Quitar capa</translation>
    </message>
    <message>
        <source>Remove the last hidden layer</source>
        <translation>Quitar la última capa oculta</translation>
    </message>
    <message>
        <source>widths</source>
        <translation>anchos</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>activación</translation>
    </message>
    <message>
        <source>Initialisation</source>
        <translation>Inicialización</translation>
    </message>
    <message>
        <source>He normal N(0, gain/fan-in), He uniform (the same variance), or Xavier uniform U(±√(6/(fan-in + fan-out))). He&apos;s gain is 2 for ReLU, 2/(1 + a²) for Leaky and PReLU (a = α, or PReLU&apos;s initial 0.25), and 1/E[Mₖ²] for maxout of k pieces, Mₖ the largest of k standard normals: 1, 0.78, 0.64, 0.56 for k = 2 … 5 (He&apos;s 2 would make maxout layers grow).</source>
        <translation>He normal N(0, ganancia/fan-in), He uniforme (la misma varianza) o Xavier uniforme U(±√(6/(fan-in + fan-out))). La ganancia de He es 2 para ReLU, 2/(1 + a²) para Leaky y PReLU (a = α, o el 0,25 inicial de PReLU) y 1/E[Mₖ²] para maxout de k piezas, Mₖ el mayor de k valores normales estándar: 1, 0,78, 0,64, 0,56 para k = 2 … 5 (el 2 de He haría crecer las capas maxout).</translation>
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
        <translation>Inicialización del sesgo</translation>
    </message>
    <message>
        <source>bias init</source>
        <translation>inic. sesgo</translation>
    </message>
    <message>
        <source>Hidden activation</source>
        <translation>Activación oculta</translation>
    </message>
    <message>
        <source>ReLU, Leaky ReLU (slope α), PReLU (a learned slope per unit, starts at 0.25; PyTorch&apos;s nn.PReLU shares one slope per layer by default), Maxout (k pieces), or for comparison sigmoid and tanh. Switching between ReLU, Leaky, PReLU, sigmoid and tanh keeps the weights: dead units can come back. Switching to or from Maxout starts a new network.</source>
        <translation>ReLU, Leaky ReLU (pendiente α), PReLU (una pendiente aprendida por neurona, empieza en 0,25; nn.PReLU de PyTorch comparte por defecto una pendiente por capa), Maxout (k piezas) o, para comparar, sigmoid y tanh. Cambiar entre ReLU, Leaky, PReLU, sigmoid y tanh conserva los pesos: las neuronas muertas pueden volver. Cambiar a Maxout o desde Maxout empieza una red nueva.</translation>
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
        <translation>z para z &gt; 0, α·z en otro caso</translation>
    </message>
    <message>
        <source>PReLU</source>
        <translation>PReLU</translation>
    </message>
    <message>
        <source>Leaky ReLU whose slope α is learned, one per unit</source>
        <translation>Leaky ReLU cuya pendiente α se aprende, una por neurona</translation>
    </message>
    <message>
        <source>Maxout</source>
        <translation>Maxout</translation>
    </message>
    <message>
        <source>The largest of k affine pieces, each with its own weights</source>
        <translation>La mayor de k piezas afines, cada una con sus propios pesos</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation>Sigmoid</translation>
    </message>
    <message>
        <source>σ(z) = 1/(1+e⁻ᶻ): saturates on both sides, σ′ ≤ 1/4, so gradients vanish in deep nets. Never dead. Xavier is the initialisation derived for it.</source>
        <translation>σ(z) = 1/(1+e⁻ᶻ): satura por ambos lados, σ′ ≤ 1/4, así que los gradientes se desvanecen en redes profundas. Nunca muerta. Xavier es la inicialización derivada para ella.</translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <source>tanh(z): saturates on both sides, tanh′ ≤ 1, so gradients shrink in deep nets. Never dead. Xavier is the initialisation derived for it.</source>
        <translation>tanh(z): satura por ambos lados, tanh′ ≤ 1, así que los gradientes menguan en redes profundas. Nunca muerta. Xavier es la inicialización derivada para ella.</translation>
    </message>
    <message>
        <source>Leaky slope alpha</source>
        <translation>Pendiente leaky alfa</translation>
    </message>
    <message>
        <source>Leaky ReLU slope α for z &lt; 0, in [0, 1)</source>
        <translation>Pendiente α de Leaky ReLU para z &lt; 0, en [0, 1)</translation>
    </message>
    <message>
        <source>Maxout pieces</source>
        <translation>Piezas de maxout</translation>
    </message>
    <message>
        <source>Pieces per maxout unit, 2 to 5</source>
        <translation>Piezas por neurona maxout, de 2 a 5</translation>
    </message>
    <message>
        <source>Optimiser</source>
        <translation>Optimizador</translation>
    </message>
    <message>
        <source>SGD, SGD with momentum 0.9, or Adam</source>
        <translation>SGD, SGD con momentum 0,9 o Adam</translation>
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
        <translation>optimizador</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Step size; can be changed while training runs. Too high kills ReLU units or makes the loss diverge</source>
        <translation>Tamaño del paso; se puede cambiar mientras se entrena. Demasiado alta mata neuronas ReLU o hace divergir la pérdida</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Tamaño de lote</translation>
    </message>
    <message>
        <source>Examples per step</source>
        <translation>Ejemplos por paso</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>lote</translation>
    </message>
    <message>
        <source>L2 weight decay</source>
        <translation>Decaimiento de pesos L2</translation>
    </message>
    <message>
        <source>L2 penalty on the weights (not biases)</source>
        <translation>Penalización L2 sobre los pesos (no los sesgos)</translation>
    </message>
    <message>
        <source>L2</source>
        <translation>L2</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Seed of the data, the initial weights and the batch order: same seed, same run</source>
        <translation>Semilla de los datos, de los pesos iniciales y del orden de los lotes: misma semilla, misma ejecución</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>semilla</translation>
    </message>
    <message>
        <source>max</source>
        <translation>máx.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>Importar datos</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Every hidden bias starts here; a strongly negative value (e.g. −2) kills ReLU units on purpose</source>
        <translation>Todos los sesgos ocultos empiezan aquí; un valor muy negativo (p. ej. −2) mata neuronas ReLU a propósito</translation>
    </message>
</context>
<context>
    <name>relulab::gui::TrainingTab</name>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>Training controls</source>
        <translation>Controles de entrenamiento</translation>
    </message>
    <message>
        <source>Training status</source>
        <translation>Estado del entrenamiento</translation>
    </message>
    <message>
        <source>Step, losses, test accuracy, dead and starved units, whether the network has collapsed, and training speed</source>
        <translation>Paso, pérdidas, exactitud de prueba, neuronas muertas y hambrientas, si la red ha colapsado y velocidad de entrenamiento</translation>
    </message>
    <message>
        <source>The examples (filled: training, hollow: test), the network&apos;s prediction and, hatched, where the selected unit is off (z ≤ 0).
Hover: probe the network at a point, and every view follows. Click: pin the probe; click again or Esc: release it; arrow keys move a pinned probe (Shift: finer).
Ctrl+click: add an example; Shift+click: remove the nearest.</source>
        <translation>Los ejemplos (rellenos: entrenamiento, huecos: prueba), la predicción de la red y, rayado, dónde está apagada la neurona seleccionada (z ≤ 0).
Pasar el ratón: sondea la red en un punto, y todas las vistas lo siguen. Clic: fija el punto de sondeo; otro clic o Esc: lo suelta; las flechas mueven un punto de sondeo fijado (Mayús: más fino).
Ctrl+clic: añade un ejemplo; Mayús+clic: quita el más cercano.</translation>
    </message>
    <message>
        <source>Training and test loss, the share of dead hidden units and the number of linear regions in the input view&apos;s box, against the step (when comparing, the regions are the main run&apos;s). Hover a reference line to see what it means.</source>
        <translation>Pérdida de entrenamiento y de prueba, la proporción de neuronas ocultas muertas y el número de regiones lineales en el recuadro de la vista de entrada, frente al paso (al comparar, las regiones son las de la ejecución principal). Pase el ratón sobre una línea de referencia para ver qué significa.</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Play&lt;/b&gt; (Space) to train.</source>
        <translation>Pulse &lt;b&gt;Reproducir&lt;/b&gt; (Espacio) para entrenar.</translation>
    </message>
    <message>
        <source>Pre-activation histogram</source>
        <translation>Histograma de la preactivación</translation>
    </message>
    <message>
        <source>How the selected unit&apos;s pre-activation z is spread over the training data; left of 0 (shaded) the ReLU is off</source>
        <translation>Cómo se distribuye la preactivación z de la neurona seleccionada sobre los datos de entrenamiento; a la izquierda de 0 (sombreado) la ReLU está apagada</translation>
    </message>
    <message>
        <source>Bars: how many training examples give each value of the selected unit&apos;s pre-activation z. The hatched area left of z = 0 is where a ReLU is off; a dead unit has every bar there.</source>
        <translation>Barras: cuántos ejemplos de entrenamiento dan cada valor de la preactivación z de la neurona seleccionada. El área rayada a la izquierda de z = 0 es donde una ReLU está apagada; una neurona muerta tiene allí todas las barras.</translation>
    </message>
    <message>
        <source>z of the selected unit</source>
        <translation>z de la neurona seleccionada</translation>
    </message>
    <message>
        <source>examples</source>
        <translation>ejemplos</translation>
    </message>
    <message>
        <source>step &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>paso &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>loss &lt;b&gt;%1&lt;/b&gt; (test %2)</source>
        <translation>pérdida &lt;b&gt;%1&lt;/b&gt; (prueba %2)</translation>
    </message>
    <message>
        <source>test accuracy &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>exactitud de prueba &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>dead &lt;b&gt;%1 / %2&lt;/b&gt; (%3)</source>
        <translation>muertas &lt;b&gt;%1 / %2&lt;/b&gt; (%3)</translation>
    </message>
    <message>
        <source>starved &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>hambrientas &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>collapsed: the output is the same for every training input</source>
        <translation>colapsada: la salida es la misma para todas las entradas de entrenamiento</translation>
    </message>
    <message>
        <source>%1 examples/s</source>
        <translation>%1 ejemplos/s</translation>
    </message>
    <message>
        <source>unit %1·%2</source>
        <translation>neurona %1·%2</translation>
    </message>
    <message>
        <source>select a unit in the diagram</source>
        <translation>seleccione una neurona en el diagrama</translation>
    </message>
    <message>
        <source>z of %1 on the training data</source>
        <translation>z de %1 en los datos de entrenamiento</translation>
    </message>
    <message>
        <source>Compare: %1</source>
        <translation>Comparación: %1</translation>
    </message>
    <message>
        <source>This run: %1</source>
        <translation>Esta ejecución: %1</translation>
    </message>
    <message>
        <source>ŷ = %1 → class %2</source>
        <translation>ŷ = %1 → clase %2</translation>
    </message>
    <message>
        <source> · region %1</source>
        <translation> · región %1</translation>
    </message>
    <message>
        <source>unit %1·%2 at the probe</source>
        <translation>neurona %1·%2 en el punto de sondeo</translation>
    </message>
    <message>
        <source>
In the run&apos;s history: %1</source>
        <translation>
En el historial de la ejecución: %1</translation>
    </message>
    <message>
        <source>showing kept step &lt;b&gt;%1&lt;/b&gt; of %2</source>
        <translation>mostrando el paso guardado &lt;b&gt;%1&lt;/b&gt; de %2</translation>
    </message>
</context>
<context>
    <name>relulab::session::ExplorerState</name>
    <message>
        <source>there is no maxout piece %1</source>
        <translation>no existe la pieza de maxout %1</translation>
    </message>
    <message>
        <source>the number of samples must be between 2 and 1000000</source>
        <translation>el número de puntos de muestreo debe estar entre 2 y 1000000</translation>
    </message>
</context>
<context>
    <name>relulab::session::TrainingSetupModel</name>
    <message>
        <source>the number of samples must be between %1 and %2</source>
        <translation>el número de ejemplos debe estar entre %1 y %2</translation>
    </message>
    <message>
        <source>the noise must be a number in [0, 10]</source>
        <translation>el ruido debe ser un número en [0, 10]</translation>
    </message>
</context>
<context>
    <name>relulab::session::TrainingWorker</name>
    <message>
        <source>loss became %1 at step %2 — learning rate too high? Reset to start over.</source>
        <translation>la pérdida se volvió %1 en el paso %2: ¿tasa de aprendizaje demasiado alta? Reinicie para volver a empezar.</translation>
    </message>
    <message>
        <source>infinite</source>
        <translation>infinita</translation>
    </message>
    <message>
        <source>a weight became NaN or infinite by step %1 — learning rate too high? Reset to start over.</source>
        <translation>un peso se volvió NaN o infinito hacia el paso %1: ¿tasa de aprendizaje demasiado alta? Reinicie para volver a empezar.</translation>
    </message>
    <message>
        <source>Shown: the network at step %1, its last finite state.</source>
        <translation>Se muestra: la red en el paso %1, su último estado finito.</translation>
    </message>
</context>
</TS>
