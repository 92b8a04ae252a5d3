// Clone ?1000024843, "Fonctionnement" : une nouvelle instance de la classe, son
// constructeur exécuté sans paramètres, puis les membres copiés un à un comme `=` les
// copie (un membre objet dynamique est le même objet), `<Copie=Faux>` laissant un membre
// tel que le constructeur l'a fait, `<Copie=Clone>` clonant l'objet qu'il tient.
CPièce est une Classe
	sRéf est une chaîne
FIN
CMachine est une Classe
	sNom est une chaîne
	nConstruit est un entier <Copie=Faux>
	oPartagé est un CPièce dynamique
	oPropre est un CPièce dynamique <Copie=Clone>
FIN
m est un CMachine // expect: constructeur
m.sNom = "presse"
m.nConstruit = 1
m.oPartagé = allouer un CPièce
m.oPropre = allouer un CPièce
m.oPropre.sRéf = "A"
c est un CMachine dynamique = Clone(m) // expect: constructeur
Trace(c.sNom, c.nConstruit, c.oPropre.sRéf) // expect: presse, 99, A
c.oPartagé.sRéf = "partagé"
c.oPropre.sRéf = "B"
Trace(m.oPartagé.sRéf, m.oPropre.sRéf) // expect: partagé, A

PROCÉDURE CMachine::Constructeur()
nConstruit = 99
Trace("constructeur")
