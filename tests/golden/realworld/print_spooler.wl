// Print-job spooler: a Queue of job structures (Enqueue / Dequeue in a WHILE), a job that
// fails is put back once then cancelled onto a Stack (Push / Pop), WHEN EXCEPTION around
// each job, the last cancelled job printed after the paper is reloaded.
STJob is Structure
	nID is int
	sDocument is string
	nPages is int
	nTries is int
END
qJobs is Queue of STJob
stkCancelled is Stack of STJob
nNextID is int = 100
gnPaperLeft is int = 12

Submit("invoice-778.pdf", 3)
Submit("catalogue.pdf", 40)
Submit("label.pdf", 1)
Submit("report.pdf", 6)
Trace(qJobs..Count + " job(s) waiting") // expect: 4 job(s) waiting

job is STJob
WHILE Dequeue(qJobs, job)
	WHEN EXCEPTION IN
		PrintJob(job)
		Trace(StringBuild("#%1 %2: printed (%3 page(s) left)", job.nID, job.sDocument, gnPaperLeft))
	DO
		job.nTries++
		IF job.nTries < 2 THEN
			Trace(StringBuild("#%1 %2: %3, retried", job.nID, job.sDocument, ExceptionInfo(errMessage)))
			Enqueue(qJobs, job)
		ELSE
			Trace(StringBuild("#%1 %2: cancelled after %3 tries", job.nID, job.sDocument, job.nTries))
			Push(stkCancelled, job)
		END
	END
END
// expect: #101 invoice-778.pdf: printed (9 page(s) left)
// expect: #102 catalogue.pdf: out of paper, retried
// expect: #103 label.pdf: printed (8 page(s) left)
// expect: #104 report.pdf: printed (2 page(s) left)
// expect: #102 catalogue.pdf: cancelled after 2 tries
Trace(stkCancelled..Count + " cancelled") // expect: 1 cancelled
// the operator reloads paper and brings back the last cancelled job
gnPaperLeft = 50
IF Pop(stkCancelled, job) THEN
	PrintJob(job)
	Trace("#" + job.nID + " printed after the reload") // expect: #102 printed after the reload
END

PROCEDURE Submit(sDocument is string, nPages is int)
j is STJob
nNextID++
j.nID = nNextID
j.sDocument = sDocument
j.nPages = nPages
Enqueue(qJobs, j)

PROCEDURE PrintJob(j is STJob)
IF j.nPages > gnPaperLeft THEN ExceptionThrow(1, "out of paper")
gnPaperLeft -= j.nPages
