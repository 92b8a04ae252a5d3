// HTMLVersTexte / TexteVersHTML (comportement UNVERIFIED : docs/builtins.md)
Trace(TexteVersHTML("a < b & c > ""d"" été €" + RC + "next")) // expect: a &lt; b &amp; c &gt; &quot;d&quot; &eacute;t&eacute; &euro;<br>next
Trace(TexteVersHTML("plain")) // expect: plain
h est une chaîne = "<html><head><title>T</title><style>p{}</style></head><body><h1>Title</h1>"
h += "<p>Hello&nbsp;<b>world</b>  &amp;" + RC + "  friends</p><p>Line<br>two</p><!-- hidden -->"
h += "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table><script>x=1</script>"
h += "<pre>  kept" + RC + "   as is</pre>é&eacute;&#233;</body></html>"
Trace(HTMLVersTexte(h)) // expect: Title
// expect: Hello world & friends
// expect: Line
// expect: two
// expect: a	b
// expect: c	d
// expect:   kept
// expect:    as is
// expect: ééé
Trace(HTMLVersTexte("<p>unclosed <b>tags") + "|") // expect: unclosed tags|
Trace(HTMLVersTexte(TexteVersHTML("x < y" + RC + "é"))) // expect: x < y
// expect: é
