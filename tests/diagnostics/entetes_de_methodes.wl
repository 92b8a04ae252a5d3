// Des en-têtes de méthodes que rien ne peut appeler tels qu'écrits (WL111) : un
// destructeur avec des paramètres, un accesseur <set> sans le paramètre qui reçoit la
// valeur ; avec des valeurs par défaut, ils sont appelables
CA est une Classe
	m_n est un entier
FIN
o est un CA
o.Total = 3
Trace(o.Total, o.Libellé)
PROCÉDURE CA::Destructeur(bSilence) // error: WL111:15 the destructor CA::Destructeur takes no parameters: it runs when its object goes, with nothing to give it
Trace(bSilence)
PROCÉDURE PUBLIQUE CA::Total() <set> // error: WL111:24 the <set> accessor CA::Total needs a parameter: it receives the value assigned to the property (Total(Value))
m_n = 1
PROCÉDURE PUBLIQUE CA::Total() <get>
RENVOYER m_n
PROCÉDURE PUBLIQUE CA::Libellé(sPréfixe = "n=") <get>
RENVOYER sPréfixe + m_n
CB est une Classe
	Nom est une chaîne
FIN
PROCÉDURE CB::Nom() // error: WL105:15 'Nom' is already a member of the class CB: a method cannot have a member's name (o.Nom reads the member)
RENVOYER "x"
