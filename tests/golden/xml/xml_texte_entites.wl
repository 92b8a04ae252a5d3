// TexteVersXML / XMLVersTexte : les cinq entités prédéfinies
Trace(TexteVersXML("Tom & Jerry's <show> ""live""")) // expect: Tom &amp; Jerry&apos;s &lt;show&gt; &quot;live&quot;
Trace(XMLVersTexte("a &lt; b &amp;&amp; c &gt; d")) // expect: a < b && c > d
Trace(XMLVersTexte(TexteVersXML("&lt;"))) // expect: &lt;
