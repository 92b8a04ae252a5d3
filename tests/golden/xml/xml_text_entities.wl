// TextToXML / XMLToText: the five predefined entities
Trace(TextToXML("Tom & Jerry's <show> ""live""")) // expect: Tom &amp; Jerry&apos;s &lt;show&gt; &quot;live&quot;
Trace(XMLToText("a &lt; b &amp;&amp; c &gt; d")) // expect: a < b && c > d
Trace(XMLToText(TextToXML("&lt;"))) // expect: &lt;
