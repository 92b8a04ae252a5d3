// construire un document par affectation, XMLConstruitChaîne, XMLSauve puis XMLOuvre depuis le fichier
commande est un xmlDocument
commande.Commande.Client = "Anne"
commande.Commande.Total = 12
commande.Commande.Total..Texte = 15
Trace(XMLConstruitChaîne(commande)) // expect: <?xml version="1.0" encoding="UTF-8"?>
// expect: <Commande><Client>Anne</Client><Total>15</Total></Commande>
// expect:
sFichier est une chaîne = fRepTemp() + "/wl_xml_construire_et_sauver.xml"
Trace(XMLSauve(commande, sFichier)) // expect: 1
relu est un xmlDocument = XMLOuvre(sFichier)
Trace(relu.Commande.Client, relu.Commande.Total) // expect: Anne, 15
fSupprime(sFichier)
absent est un xmlDocument = XMLOuvre(sFichier, depuisFichier)
Trace(ErreurDétectée) // expect: 1
