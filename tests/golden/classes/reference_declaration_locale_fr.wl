// `LOCALE i est un IImprimable <- o` sur une ligne (le code réel écrit LOCALE devant une
// déclaration) : la déclaration avec `<-`, une référence à l'objet de o, dans une variable
// d'une interface, un objet dynamique ou un Variant ; c'était une erreur de syntaxe à `<-`
// qui arrêtait tout le fichier (docs/semantics.md, mots de section devant une déclaration)
IImprimable est une Interface
	PROCÉDURE Libellé() : chaîne
FIN
CFacture est une Classe
	implémente IImprimable
	m_nNum est un entier
FIN
o est un CFacture
o.m_nNum = 7
Trace(Décrire(o)) // expect: Facture 7 / Facture 8 / Facture 9
GLOBALE g est un IImprimable <- o
o.m_nNum = 10
Trace(g.Libellé()) // expect: Facture 10

PROCÉDURE Décrire(p est un CFacture)
LOCALE i est un IImprimable <- p
s est une chaîne = i.Libellé()
LOCALE d est un CFacture dynamique <- p
d.m_nNum++
s += " / " + i.Libellé()
locale v est un Variant <- p
v.m_nNum++
RENVOYER s + " / " + i.Libellé()

PROCÉDURE CFacture.Libellé() : chaîne
RENVOYER "Facture " + m_nNum
