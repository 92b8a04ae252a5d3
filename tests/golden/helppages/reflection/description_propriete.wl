// Description de Propriété ?1000019324 (lue en anglais ; jumeau français écrit d'après
// elle) : son exemple (x un objet d'une classe à nous qui a une propriété Prop), puis les
// propriétés que son tableau liste. Le type et la liste Propriété d'une Définition étaient
// inconnus. Lecture / Ecriture sont les noms du tableau traduit ; la Définition de Prop est
// le type de résultat que déclare son <lecture> (docs/builtins.md "Reflection").
CBase est une Classe
    m_n est un entier
FIN
CDérivée est une Classe
    hérite de CBase
FIN
x est un CDérivée
// Récupère la description de la classe type de la variable x
MaDescription est une Définition
MaDescription = RécupèreDéfinition(x)
// Récupère la description de la propriété Prop de la classe
p est une Description de Propriété
p = MaDescription.Propriété["Prop"]
Trace(p.Nom, p.Définition.Nom, p.Déclaration.Nom)   // expect: Prop, int, CBase
Trace(p.Globale, p.Hérité, p.Associé)   // expect: 0, 1, 0
Trace(p.Lecture, p.Ecriture)   // expect: 1, 1
q est une Description de Propriété = MaDescription.Propriété["Total"]
Trace(q.Nom, q.Lecture, q.Ecriture, q.Hérité)   // expect: Total, 1, 0, 0
Trace(MaDescription.Propriété.Occurrence)   // expect: 2
x.Prop = 4
Trace(x.Prop, x.Total)   // expect: 4, 8

PROCÉDURE CBase::Prop() <lecture> : entier
RENVOYER :m_n
PROCÉDURE CBase::Prop(v) <écriture>
:m_n = v
PROCÉDURE CDérivée::Total() <lecture>
RENVOYER :m_n * 2
