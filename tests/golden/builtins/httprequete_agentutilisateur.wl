// L'AgentUtilisateur d'une httpRequête lit ce qui est envoyé quand aucun n'est donné : le
// nom de l'application (page d'aide httpRequête ?1000021158 ; pour un script, son nom de fichier)
r est une httpRequête
Trace(r.AgentUtilisateur) // expect: httprequete_agentutilisateur
r.AgentUtilisateur = "MonAgent"
Trace(r.UserAgent) // expect: MonAgent
autre est une httpRequête
Trace(autre.agentutilisateur) // expect: httprequete_agentutilisateur
c est une restRequête
Trace(c.AgentUtilisateur) // expect: httprequete_agentutilisateur
