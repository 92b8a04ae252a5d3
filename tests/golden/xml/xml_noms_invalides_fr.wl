// XMLAjouteFils et XMLAjouteAttribut refusent un nom qui n'est pas un nom XML (il était
// écrit tel quel : le document construit n'était plus du XML)
XMLDocument("D", "")
XMLAjouteFils("D", "racine", "")
XMLAjouteAttribut("D", "a b", "1") // expect error: XMLAjouteAttribut: 'a b' is not an XML name.
