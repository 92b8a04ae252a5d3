// Une section CDATA dans le texte d'un élément est réécrite là où elle était, le texte
// simple autour échappé comme avant, tant que le programme laisse le texte tel que lu :
// `<M>x<![CDATA[<y>]]><!--k-->z</M>` revenait `<M><![CDATA[x<y>z]]><!--k--></M>`, tout
// le texte dans une section CDATA et le commentaire déplacé après. Un texte que le
// programme change est écrit entier, échappé, puis ses notes (*décidé* 6 déc. 2026, FS,
// INFERRED : docs/builtins.md "Comments kept"). Jumeau anglais xml_cdata_in_place_en.wl.
sXml est une chaîne = "<Doc><M>x<![CDATA[<y>]]><!--k-->z</M><Prix>dès <![CDATA[<10 & >5]]> euros<![CDATA[ !]]></Prix><Code><![CDATA[a && b]]></Code></Doc>"
doc est un xmlDocument = XMLOuvre(sXml, depuisChaîne)
Trace(doc.Doc.M, doc.Doc.Prix, doc.Doc.Code) // expect: x<y>z, dès <10 & >5 euros !, a && b
sSortie est une chaîne = XMLConstruitChaîne(doc, XMLSansEntête)
Trace(sSortie = sXml + Caract(10)) // expect: 1
Trace(Position(sSortie, "<M>x<![CDATA[<y>]]><!--k-->z</M>") > 0) // expect: 1
// relu, réécrit : le même texte
doc2 est un xmlDocument = XMLOuvre(sSortie, depuisChaîne)
Trace(XMLConstruitChaîne(doc2, XMLSansEntête) = sSortie) // expect: 1
// un texte que le programme change est écrit entier, échappé, puis ses notes
doc.Doc.M = "x<y>w"
Trace(Position(XMLConstruitChaîne(doc, XMLSansEntête), "<M>x&lt;y&gt;w<!--k--></M>") > 0) // expect: 1
