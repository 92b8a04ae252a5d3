// `=` entre variables xmlDocument copie le document, comme pour les types avancés
// (?1514050 : « Copie ») ; `<-` et un paramètre le partagent (docs/builtins.md
// "Copying an xmlDocument"). Il était partagé : x1 changeait avec x2.
x1 est un xmlDocument = XMLOuvre("<!-- réglages --><Config><Port>80</Port></Config>", depuisChaîne)
x2 est un xmlDocument = x1
x2.Config.Port = 8080
x2.Config:env = "test"
Trace(x1.Config.Port, x2.Config.Port, x1.Config:env..Existe)   // expect: 80, 8080, 0
x3 est un xmlDocument
x3 = x2
x3.Config.Port = 443
Trace(x2.Config.Port, x3.Config.Port)   // expect: 8080, 443
// la copie garde l'en-tête, les commentaires et les attributs
Trace(XMLConstruitChaîne(x3))
// expect: <?xml version="1.0" encoding="UTF-8"?>
// expect: <!-- réglages -->
// expect: <Config env="test"><Port>443</Port></Config>
// expect:
// `<-` désigne le même document
x4 est un xmlDocument <- x1
x4.Config.Port = 81
Trace(x1.Config.Port)   // expect: 81
// un paramètre reçoit le document de l'appelant
FixePort(x1, 82)
Trace(x1.Config.Port)   // expect: 82
// une structure copiée copie le document qu'elle contient
STSite est une Structure
    cfg est un xmlDocument
FIN
s1 est un STSite
s1.cfg = x1
s2 est un STSite = s1
s2.cfg.Config.Port = 9000
Trace(x1.Config.Port, s1.cfg.Config.Port, s2.cfg.Config.Port)   // expect: 82, 82, 9000
// un élément de tableau est aussi une copie
t est un tableau de xmlDocument
TableauAjoute(t, x1)
t[1].Config.Port = 1
Trace(x1.Config.Port, t[1].Config.Port)   // expect: 82, 1
// un xmlNoeud désigne toujours l'élément de son document
n est un xmlNoeud = x1.Config.Port
n..Texte = 83
Trace(x1.Config.Port)   // expect: 83
// une section CDATA lue en reste une dans la copie
xMail est un xmlDocument = XMLOuvre("<Mail><![CDATA[<b>Cher</b>]]></Mail>", depuisChaîne)
xMail2 est un xmlDocument = xMail
Trace(XMLConstruitChaîne(xMail2, XMLSansEntête))   // expect: <Mail><![CDATA[<b>Cher</b>]]></Mail>
// expect:

PROCÉDURE FixePort(d est un xmlDocument, nPort est un entier)
d.Config.Port = nPort
