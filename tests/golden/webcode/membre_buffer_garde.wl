// Le membre Buffer d'une classe lu après ':' dans une méthode (:bufContenu) et rangé là
// où aucune déclaration ne garde son type (un tableau associatif de Variant, un membre
// Variant), ou dans un membre chaîne ; et un membre Buffer lu à travers un Variant ou un
// paramètre sans type qui tient l'objet (une classe de lecture du web garde ainsi les
// octets d'un fichier). TypeVar y disait wlChaîne (16) là où un Buffer local donne
// wlBuffer (30), et `:sTexte = :bufContenu` gardait l'octet 0x80 en U+0080 là où
// `s = buf` lit les octets en ANSI ("€").
CLecteur est une Classe
	bufContenu est un Buffer
	vAutre est un Variant
	sTexte est une chaîne
FIN
lecteur est un CLecteur
Trace(lecteur.Remplit()) // expect: 30 30 30
Trace(TypeVar(lecteur.vAutre), lecteur.sTexte, Taille(lecteur.sTexte)) // expect: 30, ab€, 3
v est un Variant = lecteur
Trace(TypeVar(v.bufContenu), Taille(v.bufContenu)) // expect: 30, 3
Trace(Montré(lecteur)) // expect: 30 30
st est un STBloc
st.bufPartie = "xyz"
w est un Variant = st
Trace(TypeVar(w.bufPartie), TypeVar(w.sLibellé)) // expect: 30, 16
vide est un CLecteur
v = vide
Trace(TypeVar(v.bufContenu), Taille(v.bufContenu)) // expect: 30, 0

STBloc est une Structure
	bufPartie est un Buffer
	sLibellé est une chaîne
FIN

PROCÉDURE Montré(p)
RENVOYER TypeVar(p.bufContenu) + " " + TypeVar(p.vAutre)

PROCÉDURE CLecteur::Remplit()
:bufContenu = "ab" + Caract(128)
taa est un tableau associatif de Variant
taa["a"] = :bufContenu
taa["b"] = bufContenu
:vAutre = :bufContenu
:sTexte = :bufContenu
RENVOYER TypeVar(taa["a"]) + " " + TypeVar(taa["b"]) + " " + TypeVar(:vAutre)
