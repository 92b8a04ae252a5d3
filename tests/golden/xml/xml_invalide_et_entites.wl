// un XML invalide est une erreur non fatale ; les déclarations d'entités sont refusées
doc est un xmlDocument = XMLOuvre("<a><b></a>", depuisChaîne)
Trace(ErreurDétectée, ErreurInfo()) // expect: 1, XMLOuvre: invalid XML (mismatched tag: line 1, column 9).
Trace(ErreurInfo(errNombreSousErreur), ErreurInfo(errMessage, 1)) // expect: 1, line 1, column 9: mismatched tag.
sBombe est une chaîne = "<!DOCTYPE a [<!ENTITY e ""xxxxxxxx"">]><a>&e;&e;</a>"
doc = XMLOuvre(sBombe, depuisChaîne)
Trace(ErreurDétectée, ErreurInfo()) // expect: 1, XMLOuvre: entity declarations (<!ENTITY ...>) are not accepted.
Trace(XMLDocument("bombe", sBombe), ErreurDétectée) // expect: 0, 1
