// An attribute whose name no identifier can spell, written quoted after the colon
// (node:'http-equiv', as PC SOFT's HTML export example writes it): read and written
sXML is string = [
<html><head><meta http-equiv="Refresh" content="5"/></head></html>
]
doc is xmlDocument = XMLOpen(sXML, fromString)
Trace(doc.html.head.meta:'http-equiv', doc.html.head.meta:content) // expect: Refresh, 5
doc.html.head.meta:'http-equiv' = "Content-Type"
doc.html.head.meta:"data-x" = "1"
Trace(doc.html.head.meta:"http-equiv", doc.html.head.meta:'data-x') // expect: Content-Type, 1
