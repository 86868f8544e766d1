SPECS = {}

SPECS['dossier-status-sync'] = dict(grid={
    'StartEvent_StatusChanged': (0, 0), 'ServiceTask_SyncStatus': (1, 0), 'EndEvent_StatusSynced': (2, 0)})

SPECS['dashboard-push'] = dict(grid={
    'StartEvent_PushDue': (0, 0), 'ServiceTask_TakeSnapshot': (1, 0), 'ServiceTask_PushSnapshot': (2, 0),
    'EndEvent_SnapshotPushed': (3, 0)})

SPECS['plan-review'] = dict(grid={
    'StartEvent_DraftCreated': (0, 0), 'UserTask_ReviewDraft': (1, 0), 'Gateway_ReviewDecision': (2, 0),
    'ServiceTask_ReviseDraft': (3, 0), 'ServiceTask_IssuePlan': (4, 0), 'EndEvent_PlanIssued': (5, 0),
    'ServiceTask_DiscardDraft': (3, 1), 'EndEvent_DraftDiscarded': (4, 1)})

SPECS['certify-copy'] = dict(grid={
    'StartEvent_CopyRequestReceived': (0, 0), 'ServiceTask_ComputeDeadlineAndFee': (1, 0),
    'UserTask_CompareWithOriginal': (2, 0), 'Gateway_CopyMatchesOriginal': (3, 0),
    'UserTask_SignCertification': (4, 0), 'Gateway_CertificationSigned': (5, 0),
    'UserTask_ReturnCertifiedCopies': (6, 0), 'EndEvent_CopiesReturned': (7, 0),
    'Gateway_JoinRefusal': (5, 1), 'UserTask_ReturnRefusal': (6, 1), 'EndEvent_RequestRefused': (7, 1)},
    label={'Gateway_JoinRefusal': 'below'})

SPECS['dossier-supplement'] = dict(grid={
    'StartEvent_SupplementNeeded': (0, 0), 'ServiceTask_RequestSupplement': (1, 0), 'Gateway_AwaitSupplement': (2, 0),
    'MessageEvent_SupplementSubmitted': (3, 0), 'ServiceTask_RecordSupplement': (4, 0), 'EndEvent_Supplemented': (5, 0),
    'TimerEvent_SupplementOverdue': (3, 1), 'ServiceTask_RecordSupplementTimeout': (4, 1),
    'EndEvent_SupplementTimedOut': (5, 1)})

SPECS['plan-task'] = dict(grid={
    'StartEvent_TaskIssued': (0, 0), 'UserTask_AssignOfficer': (1, 0), 'ServiceTask_RecordAssignment': (2, 0),
    'Gateway_JoinPeriod': (3, 0), 'ServiceTask_OpenPeriod': (4, 0), 'SubProcess_CarryOut': (5, 0),
    'StartEvent_WorkStarted': (5.3, 0), 'Gateway_JoinSubmit': (6, 0), 'UserTask_SubmitResult': (7, 0),
    'ServiceTask_SaveResult': (8, 0), 'ServiceTask_UpdateIndicator': (9, 0),
    'UserTask_ReviewResult': (10, 0), 'ServiceTask_RecordUnitHeadDecision': (11, 0), 'Gateway_UnitHeadDecision': (12, 0),
    'UserTask_ConfirmResult': (13, 0), 'ServiceTask_RecordSteeringDecision': (14, 0),
    'Gateway_SteeringDecision': (15, 0), 'EndEvent_ResultAccepted': (15.9, 0),
    'ServiceTask_ClosePeriod': (17.2, 0), 'Gateway_MorePeriods': (18.2, 0), 'ServiceTask_CompleteTask': (19.2, 0),
    'EndEvent_TaskCompleted': (20.1, 0),
    'ServiceTask_Remind7': (6, 2), 'EndEvent_Reminded7': (6.85, 2),
    'ServiceTask_Remind3': (7.8, 2), 'EndEvent_Reminded3': (8.65, 2),
    'ServiceTask_Remind1': (9.6, 2), 'EndEvent_Reminded1': (10.45, 2),
    'ServiceTask_EscalateOverdue': (11.4, 2), 'EndEvent_Escalated': (12.25, 2),
    'SubProcess_Extension': (0, 3.6),
    'StartEvent_ExtensionRequested': (0.4, 3.6), 'UserTask_ApproveExtension': (1.3, 3.6),
    'Gateway_ExtensionDecision': (2.3, 3.6), 'ServiceTask_ApplyExtension': (3.3, 3.6), 'EndEvent_Extended': (4.2, 3.6),
    'ServiceTask_RecordExtensionRefused': (3.3, 4.6), 'EndEvent_ExtensionRefused': (4.2, 4.6)},
    pad={'SubProcess_CarryOut': (40, 110, 40, 100)},
    boundary={'BoundaryEvent_Reminder7': 6, 'BoundaryEvent_Reminder3': 7.8, 'BoundaryEvent_Reminder1': 9.6,
              'BoundaryEvent_Overdue': 11.4},
    route={'Flow_UnitHeadReturns': ('below', 0.72), 'Flow_SteeringReturns': ('above', -0.72),
           'Flow_NextPeriod': ('above', -1.35)},
    label={'Gateway_SteeringDecision': 'below', 'Gateway_MorePeriods': 'below',
           'BoundaryEvent_Reminder7': 'br', 'BoundaryEvent_Reminder3': 'br', 'BoundaryEvent_Reminder1': 'br',
           'BoundaryEvent_Overdue': 'br'})

SPECS['dossier-processing'] = dict(grid={
    'StartEvent_ProcessingRequested': (0, 0), 'ServiceTask_StartProcessing': (1, 0), 'Gateway_ToReview': (2, 0),
    'ServiceTask_ReviewDueDate': (3, 0), 'UserTask_ReviewDossier': (4, 0), 'Gateway_ReviewDecision': (5, 0),
    'ServiceTask_ApprovalDueDate': (6.35, 0), 'UserTask_ApproveDossier': (7.35, 0),
    'Gateway_ApprovalDecision': (8.35, 0), 'ServiceTask_SignResult': (9.45, 0), 'Gateway_ProcessingEnded': (10.45, 0),
    'ServiceTask_ReportOutcome': (11.45, 0), 'EndEvent_Processed': (12.4, 0),
    'CallActivity_SupplementInReview': (6.35, -1.6), 'Gateway_SupplementInReviewOutcome': (7.35, -1.6),
    'ServiceTask_RecordNotSupplemented': (9.45, -1.6), 'ServiceTask_ResumeClock': (7.35, -2.7),
    'ServiceTask_SendConsultation': (6.35, 1.5), 'Gateway_AwaitConsultation': (7.35, 1.5),
    'MessageEvent_ConsultationAnswered': (8.45, 1.5), 'Gateway_ConsultationDone': (9.45, 1.5),
    'TimerEvent_ConsultationOverdue': (7.35, 2.5), 'ServiceTask_RecordConsultationTimeout': (8.45, 2.5)},
    route={'Flow_ReturnedToSpecialist': ('above', -0.7),
           'Flow_BackToReviewAfterSupplement': ('pts', 'left', 'left', [(1.78, 's'), (1.78, 't')]),
           'Flow_BackToReviewAfterConsultation': ('pts', 'right', 'bottom', [(9.9, 's'), (9.9, 3.25), ('t', 3.25)])},
    flowlabel={'Flow_SupplementInReview': (0, 'right', 36)},
    label={'Gateway_ReviewDecision': 'al', 'Gateway_ApprovalDecision': 'below',
           'Gateway_SupplementInReviewOutcome': 'below'})

SPECS['dossier'] = dict(grid={
    'StartEvent_PortalSubmission': (0, 0), 'StartEvent_CounterSubmission': (0, 1),
    'ServiceTask_RegisterCounterDossier': (1, 1), 'Gateway_Submitted': (2, 0),
    'ServiceTask_LookUpPopulation': (3, 0), 'BusinessRuleTask_RouteDossier': (4, 0), 'ServiceTask_ApplyRouting': (5, 0),
    'Gateway_ToReceipt': (6, 0), 'ServiceTask_ReceiptDueDate': (7, 0),
    'UserTask_ReceiveDossier': (8, 0), 'Gateway_ReceiptDecision': (9, 0), 'ServiceTask_AcceptDossier': (10.2, 0),
    'ServiceTask_RefuseAtReceipt': (9, 1.3), 'EndEvent_RefusedAtReceipt': (9.9, 1.3),
    'ServiceTask_CorrectPersonalId': (7.5, 1.3),
    'CallActivity_SupplementAtReceipt': (10.2, -1.4), 'Gateway_SupplementAtReceiptOutcome': (11.2, -1.4),
    'ServiceTask_StopUnsupplemented': (12.3, -1.4), 'EndEvent_NotSupplementedAtReceipt': (13.2, -1.4),
    'SubProcess_Handling': (11.3, 0),
    'StartEvent_Handling': (11.3, 0), 'Gateway_PaperComponents': (12.0, 0), 'ServiceTask_DigitiseDueDate': (12.9, 1),
    'UserTask_DigitiseComponents': (13.9, 1), 'ServiceTask_StoreScans': (14.9, 1),
    'Gateway_Digitised': (15.8, 0), 'Gateway_Fee': (16.5, 0), 'ServiceTask_RequestPayment': (17.4, 1),
    'Gateway_AwaitPayment': (18.3, 1), 'MessageEvent_PaymentConfirmed': (19.1, 1),
    'ServiceTask_RecordPayment': (20.0, 1), 'TimerEvent_PaymentOverdue': (18.3, 2), 'ServiceTask_StopUnpaid': (19.3, 2),
    'EndEvent_Unpaid': (20.2, 2),
    'Gateway_FeeSettled': (20.9, 0), 'ServiceTask_HandOverForProcessing': (21.8, 0),
    'ReceiveTask_AwaitProcessing': (22.9, 0), 'Gateway_ProcessingOutcome': (23.9, 0),
    'ServiceTask_StopNotSupplementedInReview': (23.9, 1.1), 'EndEvent_NotSupplementedInReview': (24.8, 1.1),
    'ServiceTask_DeliverResult': (25.0, 0), 'ServiceTask_NotifyResult': (26.0, 0),
    'Gateway_ReturnChannel': (27, 0), 'ServiceTask_ReturnDueDate': (27.9, 1), 'UserTask_ReturnAtCounter': (28.9, 1),
    'Gateway_Returned': (29.8, 0), 'ServiceTask_MarkReturned': (30.7, 0), 'EndEvent_Handled': (31.6, 0),
    'ReceiveTask_AwaitRating': (32.75, 0), 'EndEvent_Rated': (33.65, 0), 'EndEvent_NotRated': (33, 1),
    'ServiceTask_WarnDeadline': (12.5, 3.6), 'EndEvent_DeadlineWarned': (13.4, 3.6),
    'ServiceTask_EscalateOverdue': (15.0, 3.6), 'ServiceTask_ApologyDueDate': (16.0, 3.6),
    'UserTask_PrepareApology': (17.0, 3.6),
    'ServiceTask_IssueApology': (18.0, 3.6), 'EndEvent_ApologyIssued': (18.9, 3.6),
    'EndEvent_DossierStopped': (20.5, 3.6),
    'SubProcess_Withdrawal': (0.3, 3.6),
    'StartEvent_WithdrawalRequested': (0.3, 3.6), 'ServiceTask_StopOnWithdrawal': (1.2, 3.6),
    'EndEvent_Withdrawn': (2.1, 3.6)},
    boundary={'BoundaryEvent_DeadlineApproaching': 12.5, 'BoundaryEvent_Overdue': 15.0,
              'BoundaryEvent_Stopped': 20.5, 'BoundaryEvent_RatingTimeout': 33.0},
    route={'Flow_SupplementAtReceiptDone': ('above', -2.2),
           'Flow_ReceiptCorrectId': ('pts', 'lowerleft', 'top', [('s', 0.65), ('t', 0.65)]),
           'Flow_CorrectedToLookUp': ('pts', 'left', 'lowerright', [('t', 's')])},
    flowlabel={'Flow_ReceiptCorrectId': (1, 'below', 8)},
    label={'Gateway_ReceiptDecision': 'al', 'Gateway_SupplementAtReceiptOutcome': 'below',
           'BoundaryEvent_DeadlineApproaching': 'br', 'BoundaryEvent_Overdue': 'br', 'BoundaryEvent_Stopped': 'br',
           'BoundaryEvent_RatingTimeout': 'br'})

SPECS['dossier-processing-lien-thong-khai-tu'] = dict(grid={
    'StartEvent_ProcessingRequested': (0, 0), 'ServiceTask_StartProcessing': (1, 0), 'Gateway_ToReview': (2, 0),
    'ServiceTask_ReviewDueDate': (3, 0), 'UserTask_ReviewDossier': (4, 0), 'Gateway_ReviewDecision': (5, 0), 'Gateway_Proposed': (6.2, 0), 'ServiceTask_ApprovalDueDate': (7.2, 0),
    'UserTask_ApproveDossier': (8.2, 0), 'Gateway_ApprovalDecision': (9.2, 0), 'ServiceTask_SignResult': (10.3, 0),
    'Gateway_DeathRegistered': (11.3, 0), 'SubProcess_ConsultAgencies': (12.3, 1.5),
    'StartEvent_ConsultationStarted': (12.6, 1.5), 'ServiceTask_SendConsultation': (13.5, 1.5),
    'ReceiveTask_AwaitConsultation': (14.5, 1.5), 'ServiceTask_RecordConsultationTimeout': (15.5, 2.5),
    'Gateway_ConsultationDone': (16.5, 1.5), 'EndEvent_ConsultationDone': (17.4, 1.5),
    'ServiceTask_CombineConsultations': (18.5, 1.5), 'Gateway_ProcessingEnded': (19.5, 0),
    'ServiceTask_ReportOutcome': (20.5, 0), 'EndEvent_Processed': (21.4, 0)},
    boundary={'BoundaryEvent_ConsultationOverdue': 14.5},
    route={'Flow_ReturnedToSpecialist': ('above', -0.7), 'Flow_ProposeRefusal': ('below', 0.6)},
    label={'Gateway_ReviewDecision': 'al', 'Gateway_ApprovalDecision': 'below', 'BoundaryEvent_ConsultationOverdue': 'br'})
