// le membre d'un objet dynamique encore Null : l'erreur nomme la variable
CClient est une Classe
    m_nom est une chaîne
FIN
client est un CClient dynamique
Trace(client = Null) // expect: 1
Trace(client.m_nom) // expect error: client is Null: no CClient object to use 'm_nom' on
