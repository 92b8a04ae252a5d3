// ThreadMode avec threadMultiProcesseur ajouté à un mode, comme l'écrit le code de projet
// de PC SOFT (client FTP de WINDEV Mobile) : l'option est acceptée et gardée, le mode reste ;
// l'option seule garde le mode section critique ; deux modes ensemble restent une erreur.
SI ThreadMode(threadMultiProcesseur+threadSectionCritique) = threadSectionCritique ALORS Trace("ancien mode") // expect: ancien mode
Trace(ThreadMode() = threadSectionCritique + threadMultiProcesseur) // expect: 1
ThreadMode(threadPréemptif + threadMultiProcesseur)
Trace(ThreadMode(THREADMULTIPROCESSEUR) = threadPreemptif + threadMultiProcesseur) // expect: 1
Trace(threadmultiprocesseur = threadMultiProcessor) // expect: 1
ThreadMode(threadSectionCritique + threadPréemptif) // expect error: ThreadMode: 3 is not a thread mode
