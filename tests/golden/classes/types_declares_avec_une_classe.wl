// Des types déclarés dans le code de déclaration d'une classe, à côté de la classe, et
// nommés par la classe (du code réel : `d.type = ITreuilClient.eRecepteur`, une
// variable `est un IAcquisitionSignal.Str_DATA_Acquisition`) : `Classe.valeur` est la
// valeur de l'énumération, `Classe.Enum.valeur` aussi, et `Classe.Type` dans une
// déclaration est le type (docs/semantics.md, "Types declared with a class")
CTreuil est une Classe
	type est EnumTreuilType
	PRIVÉ
	m_nProfondeur est un entier
FIN
EnumTreuilType est une énumération
	eEmetteur
	eRecepteur
FIN
STMesure est une Structure
	nIndice est un entier
	rValeur est un réel
FIN

t est un CTreuil
t.type = CTreuil.eRecepteur
Trace(t.type = EnumTreuilType.eRecepteur) // expect: 1
Trace(t.type = CTreuil.EnumTreuilType.eEmetteur) // expect: 0
st est un CTreuil.STMesure
st.nIndice = 3 ; st.rValeur = 1.5
tMesures est un tableau de CTreuil.STMesure
TableauAjoute(tMesures, st)
Trace(tMesures[1].nIndice, tMesures[1].rValeur) // expect: 3, 1.5
Trace(t.Décrire()) // expect: récepteur

PROCÉDURE CTreuil::Décrire() : chaîne
SELON :type
	CAS CTreuil.eEmetteur : RENVOYER "émetteur"
	AUTRE CAS : RENVOYER "récepteur"
FIN
