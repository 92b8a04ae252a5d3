// HTMLToText / TextToHTML (behaviour UNVERIFIED: docs/builtins.md)
Trace(TextToHTML("a < b & c > ""d"" été €" + CR + "next")) // expect: a &lt; b &amp; c &gt; &quot;d&quot; &eacute;t&eacute; &euro;<br>next
Trace(TextToHTML("plain")) // expect: plain
h is string = "<html><head><title>T</title><style>p{}</style></head><body><h1>Title</h1>"
h += "<p>Hello&nbsp;<b>world</b>  &amp;" + CR + "  friends</p><p>Line<br>two</p><!-- hidden -->"
h += "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table><script>x=1</script>"
h += "<pre>  kept" + CR + "   as is</pre>é&eacute;&#233;</body></html>"
Trace(HTMLToText(h)) // expect: Title
// expect: Hello world & friends
// expect: Line
// expect: two
// expect: a	b
// expect: c	d
// expect:   kept
// expect:    as is
// expect: ééé
Trace(HTMLToText("<p>unclosed <b>tags") + "|") // expect: unclosed tags|
Trace(HTMLToText(TextToHTML("x < y" + CR + "é"))) // expect: x < y
// expect: é
