// `Classe::Type` nomme un type déclaré avec la classe ; une classe qui n'en déclare aucun
// de ce nom est refusée à ce nom (elle était lue comme la classe même, le mot ignoré) :
// docs/semantics.md "A word left over in a type".
CForme est une Classe
	m_nCôtés est un entier
FIN
Trace("pas atteint")
oForme est un CForme::Rien // expect error: 'CForme' declares no type 'Rien'
Trace(oForme.m_nCôtés)
