// Un type déclaré à côté d'une classe nommé `Classe:Type` ou `Classe::Type` dans une
// déclaration (vrai code : `t est ITreuilClient:Str_DATA_Emet_t`) est ce type, comme
// `Classe.Type` (docs/semantics.md, "Types declared with a class") : c'était un objet
// de la classe, le `:Type` perdu sans un mot, et `t.Index` « n'est pas un membre ».
CTreuil est une Classe
	file est une File de STPosition
FIN
STPosition est une Structure
	nIndex est un entier sur 4
	nPos est un entier sur 4
FIN

tr est un CTreuil
tr.Reçoit("12-340")
tr.Reçoit("13-355")
Trace(tr.file..Occurrence) // expect: 2
p est CTreuil:STPosition
Défile(tr.file, p)
Trace(p.nIndex, p.nPos) // expect: 12, 340
q est un CTreuil::STPosition = p
Trace(q.nPos) // expect: 340
tabPos est un tableau de CTreuil:STPosition
TableauAjoute(tabPos, q)
Trace(tabPos[1].nIndex) // expect: 12

PROCÉDURE CTreuil::Reçoit(s est une chaîne)
t est CTreuil:STPosition
t.nIndex = Val(ExtraitChaîne(s, 1, "-"))
t.nPos = Val(ExtraitChaîne(s, 2, "-"))
Enfile(:file, t)
