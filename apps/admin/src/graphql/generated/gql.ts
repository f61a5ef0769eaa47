/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AdminAuditLog($actorUserId: ID, $entityType: String, $entityId: String, $after: String) {\n    auditLog(actorUserId: $actorUserId, entityType: $entityType, entityId: $entityId, after: $after, first: 100) {\n      nodes {\n        id\n        occurredAt\n        actorUserId\n        actorLabel\n        action\n        entityType\n        entityId\n        before\n        after\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AdminAuditLogDocument,
    "\n  query AdminUsers($search: String, $after: String) {\n    users(search: $search, after: $after, first: 50) {\n      nodes {\n        id\n        username\n        displayName\n        isActive\n        roles {\n          id\n          role\n          organisation {\n            id\n            code\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  mutation AdminAssignRole($userId: ID!, $input: RoleGrantInput!) {\n    assignRole(userId: $userId, input: $input) {\n      id\n    }\n  }\n": typeof types.AdminAssignRoleDocument,
    "\n  mutation AdminRevokeRole($userId: ID!, $assignmentId: ID!) {\n    revokeRole(userId: $userId, assignmentId: $assignmentId) {\n      id\n    }\n  }\n": typeof types.AdminRevokeRoleDocument,
    "\n  query CampaignList($search: String, $status: CampaignStatus, $after: String, $first: Int) {\n    campaigns(search: $search, status: $status, after: $after, first: $first) {\n      nodes {\n        id\n        code\n        title\n        status\n        startsOn\n        reportDueOn\n        issuedOn\n        issuerOrganisationId\n        issuerOrganisationName\n        essayPolicy\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.CampaignListDocument,
    "\n  query CampaignDetail($id: ID!) {\n    campaign(id: $id) {\n      id\n      code\n      title\n      description\n      status\n      startsOn\n      reportDueOn\n      issuedOn\n      issuerOrganisationId\n      issuerOrganisationName\n      expectedDurationMinutes\n      discussionMinutes\n      formats\n      essayPolicy\n      essayDueOn\n      essayMinWords\n      programmeRequired\n      programmeDueOn\n      programmeLevels\n      personalPlansRequired\n      personalPlansDueOn\n      levels {\n        level\n        deadline\n        audience\n        includeSubordinateCommittees\n        includeSubordinateHeads\n      }\n      resolutions {\n        id\n        code\n        title\n      }\n    }\n  }\n": typeof types.CampaignDetailDocument,
    "\n  query ResolutionOptions($search: String) {\n    resolutions(search: $search, first: 50) {\n      nodes {\n        id\n        code\n        title\n        issuedOn\n      }\n    }\n  }\n": typeof types.ResolutionOptionsDocument,
    "\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      id\n      code\n      status\n    }\n  }\n": typeof types.CreateCampaignDocument,
    "\n  mutation IssueCampaign($id: ID!) {\n    issueCampaign(id: $id) {\n      id\n      status\n      issuedOn\n    }\n  }\n": typeof types.IssueCampaignDocument,
    "\n  query CampaignProgress($campaignId: ID!, $organisationId: ID!) {\n    campaignProgress(campaignId: $campaignId, organisationId: $organisationId) {\n      asOf\n      organisation {\n        ...ProgressRow\n      }\n      children {\n        ...ProgressRow\n      }\n    }\n  }\n\n  fragment ProgressRow on OrganisationProgress {\n    organisationId\n    code\n    name\n    kind\n    deadline\n    deadlineState\n    sessionsHeld\n    membersRequired\n    membersStudied\n    membersStudiedLate\n    membersPending\n    membersExempt\n    essaysRequired\n    essaysSubmitted\n    essaysGraded\n  }\n": typeof types.CampaignProgressDocument,
    "\n  query CellLifeCalendar($organisationId: ID!, $year: Int!) {\n    cellMeetingCalendar(organisationId: $organisationId, year: $year) {\n      asOf\n      months {\n        month\n        state\n        heldOn\n        dueBy\n      }\n      quarters {\n        quarter\n        state\n        thematicCount\n      }\n    }\n    cellMeetings(withinId: $organisationId, year: $year, first: 100) {\n      nodes {\n        id\n        kind\n        heldOn\n        forMonth\n        topic\n        conclusion\n        presentCount\n        excusedCount\n        unexcusedCount\n      }\n    }\n  }\n": typeof types.CellLifeCalendarDocument,
    "\n  mutation CellLifeRecordMeeting($input: RecordCellMeetingInput!) {\n    recordCellMeeting(input: $input) {\n      id\n    }\n  }\n": typeof types.CellLifeRecordMeetingDocument,
    "\n  query CellLifeRatings($year: Int!, $withinId: ID) {\n    ratingDistribution(year: $year, withinId: $withinId) {\n      year\n      members {\n        excellent\n        good\n        completed\n        notCompleted\n        unrated\n      }\n      organisations {\n        excellent\n        good\n        completed\n        notCompleted\n        unrated\n      }\n    }\n    ratings(year: $year, withinId: $withinId, first: 100) {\n      nodes {\n        id\n        subject\n        subjectName\n        rating\n        ratedOn\n        ratedBy\n        comment\n      }\n    }\n  }\n": typeof types.CellLifeRatingsDocument,
    "\n  mutation CellLifeRateMember($input: RateMemberInput!) {\n    rateMember(input: $input) {\n      id\n    }\n  }\n": typeof types.CellLifeRateMemberDocument,
    "\n  mutation CellLifeRateOrganisation($input: RateOrganisationInput!) {\n    rateOrganisation(input: $input) {\n      id\n    }\n  }\n": typeof types.CellLifeRateOrganisationDocument,
    "\n  query DashboardDuties($campaignId: ID!, $organisationId: ID!) {\n    issuedProgrammes: actionProgrammes(campaignId: $campaignId, withinId: $organisationId, status: ISSUED, first: 100) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n    evaluatedProgrammes: actionProgrammes(campaignId: $campaignId, withinId: $organisationId, status: EVALUATED, first: 100) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n    missingActionProgrammes(campaignId: $campaignId, organisationId: $organisationId, first: 100) {\n      totalCount\n      nodes {\n        organisationId\n      }\n    }\n  }\n": typeof types.DashboardDutiesDocument,
    "\n  query DashboardLatestReport($rootOrganisationId: ID!) {\n    reports(rootOrganisationId: $rootOrganisationId, first: 1) {\n      nodes {\n        id\n        year\n        version\n      }\n    }\n  }\n": typeof types.DashboardLatestReportDocument,
    "\n  query DashboardReportYears($id: ID!) {\n    report(id: $id) {\n      id\n      year\n      version\n      asOf\n      root {\n        metrics {\n          key\n          label\n          percent\n        }\n      }\n      previousYear {\n        version\n        metrics {\n          key\n          label\n          percent\n        }\n      }\n    }\n  }\n": typeof types.DashboardReportYearsDocument,
    "\n  query EssaysToGrade($campaignId: ID!, $filter: EssayFilterInput, $after: String) {\n    essaysToGrade(campaignId: $campaignId, filter: $filter, after: $after, first: 50) {\n      nodes {\n        id\n        authorName\n        wordCount\n        submittedAt\n        isLate\n        grade\n        flags {\n          tooShort\n          nearDuplicate\n          similarity\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.EssaysToGradeDocument,
    "\n  query EssayForGrading($id: ID!) {\n    essay(id: $id) {\n      essay {\n        id\n        authorName\n        body\n        wordCount\n        submittedAt\n        isLate\n        grade\n        gradeComment\n        gradedAt\n        campaignCode\n        flags {\n          tooShort\n          nearDuplicate\n          similarity\n          similarEssayId\n        }\n      }\n      similarEssay {\n        id\n        authorName\n        body\n        wordCount\n        similarity\n        submittedAt\n      }\n    }\n  }\n": typeof types.EssayForGradingDocument,
    "\n  mutation GradeEssay($id: ID!, $input: GradeEssayInput!) {\n    gradeEssay(id: $id, input: $input) {\n      id\n      grade\n      gradeComment\n      gradedAt\n    }\n  }\n": typeof types.GradeEssayDocument,
    "\n  query InspectionPlansList($year: Int) {\n    inspectionPlans(year: $year, first: 100) {\n      nodes {\n        id\n        organisationId\n        organisationName\n        year\n        basis\n        sharePercent\n        theme\n        status\n        periodFrom\n        periodTo\n        currentRunId\n        publishedAt\n      }\n    }\n  }\n": typeof types.InspectionPlansListDocument,
    "\n  query InspectionPlanPicks($planId: ID!) {\n    inspectionPicks(planId: $planId) {\n      organisationId\n      code\n      name\n      rank\n      stratum\n      forced\n      reasons {\n        code\n        text\n      }\n    }\n    inspectionRecords(planId: $planId, first: 100) {\n      nodes {\n        id\n        organisationId\n        organisationName\n        title\n        startedOn\n        endedOn\n        findings\n        conclusion\n        violations {\n          id\n          subjectKind\n          description\n          discipline\n          basis\n          memberName\n          organisationName\n        }\n        followUps {\n          id\n          description\n          dueOn\n          status\n          responsible\n        }\n      }\n    }\n  }\n": typeof types.InspectionPlanPicksDocument,
    "\n  query InspectionSamplingRun($id: ID!) {\n    inspectionSamplingRun(id: $id) {\n      id\n      status\n      seed\n      error\n      summary {\n        candidates\n        sampleSize\n        picked\n        forced\n      }\n    }\n  }\n": typeof types.InspectionSamplingRunDocument,
    "\n  mutation CreateInspectionPlan($input: CreateInspectionPlanInput!) {\n    createInspectionPlan(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateInspectionPlanDocument,
    "\n  mutation SampleInspectionPlan($id: ID!, $input: RequestSamplingInput) {\n    sampleInspectionPlan(id: $id, input: $input) {\n      id\n      status\n      seed\n    }\n  }\n": typeof types.SampleInspectionPlanDocument,
    "\n  mutation PublishInspectionPlan($id: ID!) {\n    publishInspectionPlan(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.PublishInspectionPlanDocument,
    "\n  mutation CreateInspectionRecord($input: CreateInspectionRecordInput!) {\n    createInspectionRecord(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateInspectionRecordDocument,
    "\n  mutation AddInspectionViolation($id: ID!, $input: AddViolationInput!) {\n    addInspectionViolation(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.AddInspectionViolationDocument,
    "\n  mutation AddInspectionFollowUp($id: ID!, $input: AddFollowUpInput!) {\n    addInspectionFollowUp(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.AddInspectionFollowUpDocument,
    "\n  query KitCampaigns {\n    campaigns(first: 100) {\n      nodes {\n        id\n        code\n        title\n        status\n      }\n    }\n  }\n": typeof types.KitCampaignsDocument,
    "\n  query Members($search: String, $withinId: ID, $standing: PartyStanding, $after: String,\n    $isHeadOfUnit: Boolean, $isKeyLeader: Boolean, $isUnderBlocStandingCommittee: Boolean,\n    $isRetired: Boolean, $isUnfitForWork: Boolean, $isExemptFromActivities: Boolean) {\n    members(search: $search, withinId: $withinId, standing: $standing, after: $after, first: 50,\n      isHeadOfUnit: $isHeadOfUnit, isKeyLeader: $isKeyLeader, isUnderBlocStandingCommittee: $isUnderBlocStandingCommittee,\n      isRetired: $isRetired, isUnfitForWork: $isUnfitForWork, isExemptFromActivities: $isExemptFromActivities) {\n      nodes {\n        id fullName cardNumber birthDate gender standing position organisationId\n        organisation { id code name }\n        isHeadOfUnit isKeyLeader isUnderBlocStandingCommittee isRetired isUnfitForWork isExemptFromActivities\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.MembersDocument,
    "\n  query MemberDetail($id: ID!) {\n    member(id: $id) {\n      id fullName cardNumber birthDate gender standing position organisationId\n        organisation { id code name }\n        isHeadOfUnit isKeyLeader isUnderBlocStandingCommittee isRetired isUnfitForWork isExemptFromActivities\n      memberships { id organisationId organisation { id code name } validFrom validTo reason }\n      committeeOffices { id office organisationId startDate endDate }\n    }\n  }\n": typeof types.MemberDetailDocument,
    "\n  mutation TransferMember($id: ID!, $input: TransferMemberInput!) {\n    transferMember(id: $id, input: $input) { id organisationId }\n  }\n": typeof types.TransferMemberDocument,
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      roles {\n        role\n        organisation {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  query OrganisationRoots {\n    organisationRoots {\n      id\n      code\n      name\n      kind\n      childCount\n      dissolvedOn\n    }\n  }\n": typeof types.OrganisationRootsDocument,
    "\n  query OrganisationChildren($id: ID!, $after: String) {\n    organisation(id: $id) {\n      id\n      children(first: 100, after: $after) {\n        nodes {\n          id\n          code\n          name\n          kind\n          childCount\n          dissolvedOn\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.OrganisationChildrenDocument,
    "\n  query SearchOrganisations($search: String!) {\n    organisations(search: $search, first: 20) {\n      nodes {\n        id\n        code\n        name\n        kind\n        parentId\n      }\n    }\n  }\n": typeof types.SearchOrganisationsDocument,
    "\n  query OrganisationDetail($id: ID!) {\n    organisation(id: $id) {\n      id\n      code\n      name\n      kind\n      agency\n      activeFrom\n      dissolvedOn\n      termStart\n      termEnd\n      depth\n      childCount\n      descendantCount\n      memberCount\n      parent {\n        id\n        code\n        name\n      }\n      offices {\n        id\n        office\n        memberName\n        startDate\n        endDate\n      }\n    }\n  }\n": typeof types.OrganisationDetailDocument,
    "\n  mutation MoveOrganisation($id: ID!, $input: MoveOrganisationInput!) {\n    moveOrganisation(id: $id, input: $input) {\n      id\n      parentId\n    }\n  }\n": typeof types.MoveOrganisationDocument,
    "\n  mutation DissolveOrganisation($id: ID!, $input: DissolveOrganisationInput!) {\n    dissolveOrganisation(id: $id, input: $input) {\n      id\n      dissolvedOn\n    }\n  }\n": typeof types.DissolveOrganisationDocument,
    "\n  mutation AssignCommitteeOffice($organisationId: ID!, $input: AssignOfficeInput!) {\n    assignCommitteeOffice(organisationId: $organisationId, input: $input) {\n      id\n    }\n  }\n": typeof types.AssignCommitteeOfficeDocument,
    "\n  mutation EndCommitteeOffice($id: ID!, $input: EndOfficeInput!) {\n    endCommitteeOffice(id: $id, input: $input) {\n      id\n      endDate\n    }\n  }\n": typeof types.EndCommitteeOfficeDocument,
    "\n  query PersonalPlans($campaignId: ID, $status: PersonalPlanStatus, $overseenByMe: Boolean, $after: String) {\n    personalPlans(campaignId: $campaignId, status: $status, overseenByMe: $overseenByMe, after: $after, first: 50) {\n      nodes {\n        id\n        campaignId\n        memberName\n        organisationName\n        overseer\n        status\n        content\n        submittedAt\n        reviewComment\n        reviews {\n          id\n          decision\n          comment\n          reviewedAt\n        }\n        evaluations {\n          id\n          year\n          result\n          comment\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PersonalPlansDocument,
    "\n  mutation ReviewPersonalPlan($id: ID!, $input: ReviewPersonalPlanInput!) {\n    reviewPersonalPlan(id: $id, input: $input) {\n      id\n      status\n      reviewComment\n    }\n  }\n": typeof types.ReviewPersonalPlanDocument,
    "\n  mutation EvaluatePersonalPlan($id: ID!, $input: EvaluatePersonalPlanInput!) {\n    evaluatePersonalPlan(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.EvaluatePersonalPlanDocument,
    "\n  query ActionProgrammes($campaignId: ID, $status: ActionProgrammeStatus, $after: String) {\n    actionProgrammes(campaignId: $campaignId, status: $status, after: $after, first: 50) {\n      nodes {\n        id\n        title\n        status\n        organisationId\n        organisationName\n        issuedOn\n        documentNumber\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ActionProgrammesDocument,
    "\n  query ActionProgrammeDetail($id: ID!) {\n    actionProgramme(id: $id) {\n      id\n      campaignId\n      title\n      status\n      organisationId\n      organisationName\n      discussedOn\n      discussionRecord\n      issuedOn\n      documentNumber\n      items {\n        id\n        position\n        title\n        target\n        solutions\n        deadline\n        ownerOrganisationId\n        ownerOrganisationName\n        ownerMemberId\n        ownerMemberName\n        status\n        progressOn\n        evidence\n      }\n      evaluatedOn\n      evaluation\n      evaluationResult\n    }\n  }\n": typeof types.ActionProgrammeDetailDocument,
    "\n  mutation CreateActionProgramme($input: CreateActionProgrammeInput!) {\n    createActionProgramme(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateActionProgrammeDocument,
    "\n  mutation DiscussActionProgramme($id: ID!, $input: DiscussActionProgrammeInput!) {\n    discussActionProgramme(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.DiscussActionProgrammeDocument,
    "\n  mutation IssueActionProgramme($id: ID!, $input: IssueActionProgrammeInput!) {\n    issueActionProgramme(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.IssueActionProgrammeDocument,
    "\n  mutation AddActionProgrammeItem($programmeId: ID!, $input: ProgrammeItemInput!) {\n    addActionProgrammeItem(programmeId: $programmeId, input: $input) {\n      id\n    }\n  }\n": typeof types.AddActionProgrammeItemDocument,
    "\n  mutation UpdateActionProgrammeItem($itemId: ID!, $input: ProgrammeItemInput!) {\n    updateActionProgrammeItem(itemId: $itemId, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateActionProgrammeItemDocument,
    "\n  mutation ReportActionProgrammeItemProgress($itemId: ID!, $input: ItemProgressInput!) {\n    reportActionProgrammeItemProgress(itemId: $itemId, input: $input) {\n      id\n    }\n  }\n": typeof types.ReportActionProgrammeItemProgressDocument,
    "\n  mutation EvaluateActionProgramme($id: ID!, $input: EvaluateActionProgrammeInput!) {\n    evaluateActionProgramme(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.EvaluateActionProgrammeDocument,
    "\n  query MissingActionProgrammes($campaignId: ID!, $organisationId: ID!) {\n    missingActionProgrammes(campaignId: $campaignId, organisationId: $organisationId, first: 100) {\n      nodes {\n        organisationId\n        organisationCode\n        organisationName\n        dueOn\n        overdue\n        state\n        programmeId\n      }\n    }\n  }\n": typeof types.MissingActionProgrammesDocument,
    "\n  mutation GenerateReport($input: GenerateReportInput!) {\n    generateReport(input: $input) {\n      id\n      status\n      progress\n      snapshotId\n      error\n    }\n  }\n": typeof types.GenerateReportDocument,
    "\n  query ReportJobProgress($id: ID!) {\n    reportJob(id: $id) {\n      id\n      status\n      progress\n      snapshotId\n      error\n    }\n  }\n": typeof types.ReportJobProgressDocument,
    "\n  query ReportList($year: Int, $status: ReportSnapshotStatus, $after: String) {\n    reports(year: $year, status: $status, after: $after, first: 50) {\n      nodes {\n        id\n        year\n        version\n        status\n        asOf\n        rootCode\n        rootName\n        rootOrganisationId\n        rowCount\n        belowTargetCount\n        computedAt\n        submittedAt\n        reviewedAt\n        reviewComment\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ReportListDocument,
    "\n  query ReportDetail($id: ID!) {\n    report(id: $id) {\n      id\n      year\n      version\n      status\n      asOf\n      rootCode\n      rootName\n      rootOrganisationId\n      rowCount\n      belowTargetCount\n      computedAt\n      submittedAt\n      reviewedAt\n      reviewComment\n      inspectionsAvailable\n      root {\n        ...ReportRowFields\n      }\n      previousYear {\n        snapshotId\n        version\n        metrics {\n          ...Metric\n        }\n      }\n    }\n  }\n\n  fragment Metric on ReportMetric {\n    key\n    label\n    required\n    achieved\n    percent\n    target\n    belowTarget\n  }\n\n  fragment ReportRowFields on ReportRow {\n    organisationId\n    parentId\n    code\n    name\n    kind\n    depth\n    missed\n    metrics {\n      ...Metric\n    }\n  }\n": typeof types.ReportDetailDocument,
    "\n  query ReportRows($snapshotId: ID!, $parentId: ID, $belowTargetOnly: Boolean, $after: String) {\n    reportRows(snapshotId: $snapshotId, parentId: $parentId, belowTargetOnly: $belowTargetOnly, after: $after, first: 100) {\n      nodes {\n        ...ReportRowFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.ReportRowsDocument,
    "\n  mutation SubmitReport($id: ID!) {\n    submitReport(id: $id) {\n      id\n      status\n      submittedAt\n    }\n  }\n": typeof types.SubmitReportDocument,
    "\n  mutation AcceptReport($id: ID!, $input: AcceptReportInput) {\n    acceptReport(id: $id, input: $input) {\n      id\n      status\n      reviewedAt\n      reviewComment\n    }\n  }\n": typeof types.AcceptReportDocument,
    "\n  mutation ReturnReport($id: ID!, $input: ReturnReportInput!) {\n    returnReport(id: $id, input: $input) {\n      id\n      status\n      reviewedAt\n      reviewComment\n    }\n  }\n": typeof types.ReturnReportDocument,
    "\n  query StudySessionList($campaignId: ID!, $status: SessionStatus, $after: String) {\n    studySessions(campaignId: $campaignId, status: $status, after: $after, first: 100) {\n      nodes {\n        id\n        title\n        format\n        status\n        startsAt\n        endsAt\n        venue\n        isMakeup\n        organiserName\n        organiserOrganisationId\n        counters {\n          ...Counters\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n\n  fragment Counters on SessionCounters {\n    expected\n    present\n    late\n    leftEarly\n    excused\n    unexcused\n    unmarked\n    byConnectionPoint {\n      connectionPointId\n      expected\n      present\n      late\n      leftEarly\n      excused\n      unexcused\n      unmarked\n    }\n  }\n": typeof types.StudySessionListDocument,
    "\n  query StudySessionDetail($id: ID!) {\n    studySession(id: $id) {\n      id\n      campaignId\n      campaignCode\n      title\n      format\n      status\n      startsAt\n      endsAt\n      durationMinutes\n      venue\n      isMakeup\n      organiserName\n      organiserOrganisationId\n      secretaryPresented\n      preBriefingAt\n      preBriefingNote\n      cancelledReason\n      closedAt\n      connectionPoints {\n        id\n        place\n        hostOrganisationId\n        hostOrganisationName\n      }\n      speakers {\n        speakerId\n        name\n        topic\n        score\n      }\n      counters {\n        ...Counters\n      }\n    }\n  }\n": typeof types.StudySessionDetailDocument,
    "\n  mutation CreateStudySession($input: CreateSessionInput!) {\n    createStudySession(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.CreateStudySessionDocument,
    "\n  mutation AssignSessionSpeaker($id: ID!, $input: AssignSpeakerInput!) {\n    assignSessionSpeaker(id: $id, input: $input) {\n      speakerId\n      name\n      topic\n    }\n  }\n": typeof types.AssignSessionSpeakerDocument,
    "\n  query SpeakerOptions($search: String) {\n    speakers(search: $search, first: 30) {\n      nodes {\n        id\n        name\n        level\n        organisationName\n      }\n    }\n  }\n": typeof types.SpeakerOptionsDocument,
    "\n  query SessionParticipantList(\n    $sessionId: ID!\n    $search: String\n    $status: AttendanceStatus\n    $unmarked: Boolean\n    $connectionPointId: ID\n    $after: String\n  ) {\n    sessionParticipants(\n      sessionId: $sessionId\n      search: $search\n      status: $status\n      unmarked: $unmarked\n      connectionPointId: $connectionPointId\n      after: $after\n      first: 100\n    ) {\n      nodes {\n        memberId\n        fullName\n        cardNumber\n        organisationName\n        status\n        statusSource\n        statusReason\n        checkedInAt\n        checkedOutAt\n        connectionPointId\n        source\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.SessionParticipantListDocument,
    "\n  mutation MarkAttendance($sessionId: ID!, $input: MarkAttendanceInput!) {\n    markAttendance(sessionId: $sessionId, input: $input) {\n      marked\n      counters {\n        ...Counters\n      }\n    }\n  }\n": typeof types.MarkAttendanceDocument,
    "\n  query RollCallBoard($sessionId: ID!, $connectionPointId: ID) {\n    sessionCheckInCode(sessionId: $sessionId, connectionPointId: $connectionPointId) {\n      code\n      payload\n      ttlSeconds\n      validUntil\n    }\n  }\n": typeof types.RollCallBoardDocument,
    "\n  query RollCallCounters($id: ID!) {\n    studySession(id: $id) {\n      id\n      status\n      counters {\n        ...Counters\n      }\n    }\n  }\n": typeof types.RollCallCountersDocument,
    "\n  query SpeakersRoster($level: SpeakerLevel, $search: String, $after: String) {\n    speakers(level: $level, search: $search, after: $after, first: 50) {\n      nodes {\n        id\n        name\n        title\n        level\n        isExternal\n        externalWorkplace\n        expertise\n        appointedOn\n        organisationCode\n        organisationName\n        trainings {\n          id\n          title\n          heldOn\n          organiser\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    speakerCounts {\n      total\n      byLevel {\n        level\n        count\n      }\n    }\n  }\n": typeof types.SpeakersRosterDocument,
    "\n  query SpeakerEvaluations($after: String) {\n    speakerEvaluations(after: $after, first: 50) {\n      nodes {\n        sessions\n        evaluatedSessions\n        averageScore\n        lastComment\n        lastEvaluatedAt\n        speaker {\n          id\n          name\n          level\n          organisationName\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SpeakerEvaluationsDocument,
    "\n  mutation AddSpeakerTraining($speakerId: ID!, $input: AddSpeakerTrainingInput!) {\n    addSpeakerTraining(speakerId: $speakerId, input: $input) {\n      id\n    }\n  }\n": typeof types.AddSpeakerTrainingDocument,
    "\n  mutation CreateSpeaker($input: CreateSpeakerInput!) {\n    createSpeaker(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateSpeakerDocument,
};
const documents: Documents = {
    "\n  query AdminAuditLog($actorUserId: ID, $entityType: String, $entityId: String, $after: String) {\n    auditLog(actorUserId: $actorUserId, entityType: $entityType, entityId: $entityId, after: $after, first: 100) {\n      nodes {\n        id\n        occurredAt\n        actorUserId\n        actorLabel\n        action\n        entityType\n        entityId\n        before\n        after\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AdminAuditLogDocument,
    "\n  query AdminUsers($search: String, $after: String) {\n    users(search: $search, after: $after, first: 50) {\n      nodes {\n        id\n        username\n        displayName\n        isActive\n        roles {\n          id\n          role\n          organisation {\n            id\n            code\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AdminUsersDocument,
    "\n  mutation AdminAssignRole($userId: ID!, $input: RoleGrantInput!) {\n    assignRole(userId: $userId, input: $input) {\n      id\n    }\n  }\n": types.AdminAssignRoleDocument,
    "\n  mutation AdminRevokeRole($userId: ID!, $assignmentId: ID!) {\n    revokeRole(userId: $userId, assignmentId: $assignmentId) {\n      id\n    }\n  }\n": types.AdminRevokeRoleDocument,
    "\n  query CampaignList($search: String, $status: CampaignStatus, $after: String, $first: Int) {\n    campaigns(search: $search, status: $status, after: $after, first: $first) {\n      nodes {\n        id\n        code\n        title\n        status\n        startsOn\n        reportDueOn\n        issuedOn\n        issuerOrganisationId\n        issuerOrganisationName\n        essayPolicy\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.CampaignListDocument,
    "\n  query CampaignDetail($id: ID!) {\n    campaign(id: $id) {\n      id\n      code\n      title\n      description\n      status\n      startsOn\n      reportDueOn\n      issuedOn\n      issuerOrganisationId\n      issuerOrganisationName\n      expectedDurationMinutes\n      discussionMinutes\n      formats\n      essayPolicy\n      essayDueOn\n      essayMinWords\n      programmeRequired\n      programmeDueOn\n      programmeLevels\n      personalPlansRequired\n      personalPlansDueOn\n      levels {\n        level\n        deadline\n        audience\n        includeSubordinateCommittees\n        includeSubordinateHeads\n      }\n      resolutions {\n        id\n        code\n        title\n      }\n    }\n  }\n": types.CampaignDetailDocument,
    "\n  query ResolutionOptions($search: String) {\n    resolutions(search: $search, first: 50) {\n      nodes {\n        id\n        code\n        title\n        issuedOn\n      }\n    }\n  }\n": types.ResolutionOptionsDocument,
    "\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      id\n      code\n      status\n    }\n  }\n": types.CreateCampaignDocument,
    "\n  mutation IssueCampaign($id: ID!) {\n    issueCampaign(id: $id) {\n      id\n      status\n      issuedOn\n    }\n  }\n": types.IssueCampaignDocument,
    "\n  query CampaignProgress($campaignId: ID!, $organisationId: ID!) {\n    campaignProgress(campaignId: $campaignId, organisationId: $organisationId) {\n      asOf\n      organisation {\n        ...ProgressRow\n      }\n      children {\n        ...ProgressRow\n      }\n    }\n  }\n\n  fragment ProgressRow on OrganisationProgress {\n    organisationId\n    code\n    name\n    kind\n    deadline\n    deadlineState\n    sessionsHeld\n    membersRequired\n    membersStudied\n    membersStudiedLate\n    membersPending\n    membersExempt\n    essaysRequired\n    essaysSubmitted\n    essaysGraded\n  }\n": types.CampaignProgressDocument,
    "\n  query CellLifeCalendar($organisationId: ID!, $year: Int!) {\n    cellMeetingCalendar(organisationId: $organisationId, year: $year) {\n      asOf\n      months {\n        month\n        state\n        heldOn\n        dueBy\n      }\n      quarters {\n        quarter\n        state\n        thematicCount\n      }\n    }\n    cellMeetings(withinId: $organisationId, year: $year, first: 100) {\n      nodes {\n        id\n        kind\n        heldOn\n        forMonth\n        topic\n        conclusion\n        presentCount\n        excusedCount\n        unexcusedCount\n      }\n    }\n  }\n": types.CellLifeCalendarDocument,
    "\n  mutation CellLifeRecordMeeting($input: RecordCellMeetingInput!) {\n    recordCellMeeting(input: $input) {\n      id\n    }\n  }\n": types.CellLifeRecordMeetingDocument,
    "\n  query CellLifeRatings($year: Int!, $withinId: ID) {\n    ratingDistribution(year: $year, withinId: $withinId) {\n      year\n      members {\n        excellent\n        good\n        completed\n        notCompleted\n        unrated\n      }\n      organisations {\n        excellent\n        good\n        completed\n        notCompleted\n        unrated\n      }\n    }\n    ratings(year: $year, withinId: $withinId, first: 100) {\n      nodes {\n        id\n        subject\n        subjectName\n        rating\n        ratedOn\n        ratedBy\n        comment\n      }\n    }\n  }\n": types.CellLifeRatingsDocument,
    "\n  mutation CellLifeRateMember($input: RateMemberInput!) {\n    rateMember(input: $input) {\n      id\n    }\n  }\n": types.CellLifeRateMemberDocument,
    "\n  mutation CellLifeRateOrganisation($input: RateOrganisationInput!) {\n    rateOrganisation(input: $input) {\n      id\n    }\n  }\n": types.CellLifeRateOrganisationDocument,
    "\n  query DashboardDuties($campaignId: ID!, $organisationId: ID!) {\n    issuedProgrammes: actionProgrammes(campaignId: $campaignId, withinId: $organisationId, status: ISSUED, first: 100) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n    evaluatedProgrammes: actionProgrammes(campaignId: $campaignId, withinId: $organisationId, status: EVALUATED, first: 100) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n    missingActionProgrammes(campaignId: $campaignId, organisationId: $organisationId, first: 100) {\n      totalCount\n      nodes {\n        organisationId\n      }\n    }\n  }\n": types.DashboardDutiesDocument,
    "\n  query DashboardLatestReport($rootOrganisationId: ID!) {\n    reports(rootOrganisationId: $rootOrganisationId, first: 1) {\n      nodes {\n        id\n        year\n        version\n      }\n    }\n  }\n": types.DashboardLatestReportDocument,
    "\n  query DashboardReportYears($id: ID!) {\n    report(id: $id) {\n      id\n      year\n      version\n      asOf\n      root {\n        metrics {\n          key\n          label\n          percent\n        }\n      }\n      previousYear {\n        version\n        metrics {\n          key\n          label\n          percent\n        }\n      }\n    }\n  }\n": types.DashboardReportYearsDocument,
    "\n  query EssaysToGrade($campaignId: ID!, $filter: EssayFilterInput, $after: String) {\n    essaysToGrade(campaignId: $campaignId, filter: $filter, after: $after, first: 50) {\n      nodes {\n        id\n        authorName\n        wordCount\n        submittedAt\n        isLate\n        grade\n        flags {\n          tooShort\n          nearDuplicate\n          similarity\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.EssaysToGradeDocument,
    "\n  query EssayForGrading($id: ID!) {\n    essay(id: $id) {\n      essay {\n        id\n        authorName\n        body\n        wordCount\n        submittedAt\n        isLate\n        grade\n        gradeComment\n        gradedAt\n        campaignCode\n        flags {\n          tooShort\n          nearDuplicate\n          similarity\n          similarEssayId\n        }\n      }\n      similarEssay {\n        id\n        authorName\n        body\n        wordCount\n        similarity\n        submittedAt\n      }\n    }\n  }\n": types.EssayForGradingDocument,
    "\n  mutation GradeEssay($id: ID!, $input: GradeEssayInput!) {\n    gradeEssay(id: $id, input: $input) {\n      id\n      grade\n      gradeComment\n      gradedAt\n    }\n  }\n": types.GradeEssayDocument,
    "\n  query InspectionPlansList($year: Int) {\n    inspectionPlans(year: $year, first: 100) {\n      nodes {\n        id\n        organisationId\n        organisationName\n        year\n        basis\n        sharePercent\n        theme\n        status\n        periodFrom\n        periodTo\n        currentRunId\n        publishedAt\n      }\n    }\n  }\n": types.InspectionPlansListDocument,
    "\n  query InspectionPlanPicks($planId: ID!) {\n    inspectionPicks(planId: $planId) {\n      organisationId\n      code\n      name\n      rank\n      stratum\n      forced\n      reasons {\n        code\n        text\n      }\n    }\n    inspectionRecords(planId: $planId, first: 100) {\n      nodes {\n        id\n        organisationId\n        organisationName\n        title\n        startedOn\n        endedOn\n        findings\n        conclusion\n        violations {\n          id\n          subjectKind\n          description\n          discipline\n          basis\n          memberName\n          organisationName\n        }\n        followUps {\n          id\n          description\n          dueOn\n          status\n          responsible\n        }\n      }\n    }\n  }\n": types.InspectionPlanPicksDocument,
    "\n  query InspectionSamplingRun($id: ID!) {\n    inspectionSamplingRun(id: $id) {\n      id\n      status\n      seed\n      error\n      summary {\n        candidates\n        sampleSize\n        picked\n        forced\n      }\n    }\n  }\n": types.InspectionSamplingRunDocument,
    "\n  mutation CreateInspectionPlan($input: CreateInspectionPlanInput!) {\n    createInspectionPlan(input: $input) {\n      id\n    }\n  }\n": types.CreateInspectionPlanDocument,
    "\n  mutation SampleInspectionPlan($id: ID!, $input: RequestSamplingInput) {\n    sampleInspectionPlan(id: $id, input: $input) {\n      id\n      status\n      seed\n    }\n  }\n": types.SampleInspectionPlanDocument,
    "\n  mutation PublishInspectionPlan($id: ID!) {\n    publishInspectionPlan(id: $id) {\n      id\n      status\n    }\n  }\n": types.PublishInspectionPlanDocument,
    "\n  mutation CreateInspectionRecord($input: CreateInspectionRecordInput!) {\n    createInspectionRecord(input: $input) {\n      id\n    }\n  }\n": types.CreateInspectionRecordDocument,
    "\n  mutation AddInspectionViolation($id: ID!, $input: AddViolationInput!) {\n    addInspectionViolation(id: $id, input: $input) {\n      id\n    }\n  }\n": types.AddInspectionViolationDocument,
    "\n  mutation AddInspectionFollowUp($id: ID!, $input: AddFollowUpInput!) {\n    addInspectionFollowUp(id: $id, input: $input) {\n      id\n    }\n  }\n": types.AddInspectionFollowUpDocument,
    "\n  query KitCampaigns {\n    campaigns(first: 100) {\n      nodes {\n        id\n        code\n        title\n        status\n      }\n    }\n  }\n": types.KitCampaignsDocument,
    "\n  query Members($search: String, $withinId: ID, $standing: PartyStanding, $after: String,\n    $isHeadOfUnit: Boolean, $isKeyLeader: Boolean, $isUnderBlocStandingCommittee: Boolean,\n    $isRetired: Boolean, $isUnfitForWork: Boolean, $isExemptFromActivities: Boolean) {\n    members(search: $search, withinId: $withinId, standing: $standing, after: $after, first: 50,\n      isHeadOfUnit: $isHeadOfUnit, isKeyLeader: $isKeyLeader, isUnderBlocStandingCommittee: $isUnderBlocStandingCommittee,\n      isRetired: $isRetired, isUnfitForWork: $isUnfitForWork, isExemptFromActivities: $isExemptFromActivities) {\n      nodes {\n        id fullName cardNumber birthDate gender standing position organisationId\n        organisation { id code name }\n        isHeadOfUnit isKeyLeader isUnderBlocStandingCommittee isRetired isUnfitForWork isExemptFromActivities\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.MembersDocument,
    "\n  query MemberDetail($id: ID!) {\n    member(id: $id) {\n      id fullName cardNumber birthDate gender standing position organisationId\n        organisation { id code name }\n        isHeadOfUnit isKeyLeader isUnderBlocStandingCommittee isRetired isUnfitForWork isExemptFromActivities\n      memberships { id organisationId organisation { id code name } validFrom validTo reason }\n      committeeOffices { id office organisationId startDate endDate }\n    }\n  }\n": types.MemberDetailDocument,
    "\n  mutation TransferMember($id: ID!, $input: TransferMemberInput!) {\n    transferMember(id: $id, input: $input) { id organisationId }\n  }\n": types.TransferMemberDocument,
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      roles {\n        role\n        organisation {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n": types.MeDocument,
    "\n  query OrganisationRoots {\n    organisationRoots {\n      id\n      code\n      name\n      kind\n      childCount\n      dissolvedOn\n    }\n  }\n": types.OrganisationRootsDocument,
    "\n  query OrganisationChildren($id: ID!, $after: String) {\n    organisation(id: $id) {\n      id\n      children(first: 100, after: $after) {\n        nodes {\n          id\n          code\n          name\n          kind\n          childCount\n          dissolvedOn\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.OrganisationChildrenDocument,
    "\n  query SearchOrganisations($search: String!) {\n    organisations(search: $search, first: 20) {\n      nodes {\n        id\n        code\n        name\n        kind\n        parentId\n      }\n    }\n  }\n": types.SearchOrganisationsDocument,
    "\n  query OrganisationDetail($id: ID!) {\n    organisation(id: $id) {\n      id\n      code\n      name\n      kind\n      agency\n      activeFrom\n      dissolvedOn\n      termStart\n      termEnd\n      depth\n      childCount\n      descendantCount\n      memberCount\n      parent {\n        id\n        code\n        name\n      }\n      offices {\n        id\n        office\n        memberName\n        startDate\n        endDate\n      }\n    }\n  }\n": types.OrganisationDetailDocument,
    "\n  mutation MoveOrganisation($id: ID!, $input: MoveOrganisationInput!) {\n    moveOrganisation(id: $id, input: $input) {\n      id\n      parentId\n    }\n  }\n": types.MoveOrganisationDocument,
    "\n  mutation DissolveOrganisation($id: ID!, $input: DissolveOrganisationInput!) {\n    dissolveOrganisation(id: $id, input: $input) {\n      id\n      dissolvedOn\n    }\n  }\n": types.DissolveOrganisationDocument,
    "\n  mutation AssignCommitteeOffice($organisationId: ID!, $input: AssignOfficeInput!) {\n    assignCommitteeOffice(organisationId: $organisationId, input: $input) {\n      id\n    }\n  }\n": types.AssignCommitteeOfficeDocument,
    "\n  mutation EndCommitteeOffice($id: ID!, $input: EndOfficeInput!) {\n    endCommitteeOffice(id: $id, input: $input) {\n      id\n      endDate\n    }\n  }\n": types.EndCommitteeOfficeDocument,
    "\n  query PersonalPlans($campaignId: ID, $status: PersonalPlanStatus, $overseenByMe: Boolean, $after: String) {\n    personalPlans(campaignId: $campaignId, status: $status, overseenByMe: $overseenByMe, after: $after, first: 50) {\n      nodes {\n        id\n        campaignId\n        memberName\n        organisationName\n        overseer\n        status\n        content\n        submittedAt\n        reviewComment\n        reviews {\n          id\n          decision\n          comment\n          reviewedAt\n        }\n        evaluations {\n          id\n          year\n          result\n          comment\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PersonalPlansDocument,
    "\n  mutation ReviewPersonalPlan($id: ID!, $input: ReviewPersonalPlanInput!) {\n    reviewPersonalPlan(id: $id, input: $input) {\n      id\n      status\n      reviewComment\n    }\n  }\n": types.ReviewPersonalPlanDocument,
    "\n  mutation EvaluatePersonalPlan($id: ID!, $input: EvaluatePersonalPlanInput!) {\n    evaluatePersonalPlan(id: $id, input: $input) {\n      id\n    }\n  }\n": types.EvaluatePersonalPlanDocument,
    "\n  query ActionProgrammes($campaignId: ID, $status: ActionProgrammeStatus, $after: String) {\n    actionProgrammes(campaignId: $campaignId, status: $status, after: $after, first: 50) {\n      nodes {\n        id\n        title\n        status\n        organisationId\n        organisationName\n        issuedOn\n        documentNumber\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ActionProgrammesDocument,
    "\n  query ActionProgrammeDetail($id: ID!) {\n    actionProgramme(id: $id) {\n      id\n      campaignId\n      title\n      status\n      organisationId\n      organisationName\n      discussedOn\n      discussionRecord\n      issuedOn\n      documentNumber\n      items {\n        id\n        position\n        title\n        target\n        solutions\n        deadline\n        ownerOrganisationId\n        ownerOrganisationName\n        ownerMemberId\n        ownerMemberName\n        status\n        progressOn\n        evidence\n      }\n      evaluatedOn\n      evaluation\n      evaluationResult\n    }\n  }\n": types.ActionProgrammeDetailDocument,
    "\n  mutation CreateActionProgramme($input: CreateActionProgrammeInput!) {\n    createActionProgramme(input: $input) {\n      id\n    }\n  }\n": types.CreateActionProgrammeDocument,
    "\n  mutation DiscussActionProgramme($id: ID!, $input: DiscussActionProgrammeInput!) {\n    discussActionProgramme(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": types.DiscussActionProgrammeDocument,
    "\n  mutation IssueActionProgramme($id: ID!, $input: IssueActionProgrammeInput!) {\n    issueActionProgramme(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": types.IssueActionProgrammeDocument,
    "\n  mutation AddActionProgrammeItem($programmeId: ID!, $input: ProgrammeItemInput!) {\n    addActionProgrammeItem(programmeId: $programmeId, input: $input) {\n      id\n    }\n  }\n": types.AddActionProgrammeItemDocument,
    "\n  mutation UpdateActionProgrammeItem($itemId: ID!, $input: ProgrammeItemInput!) {\n    updateActionProgrammeItem(itemId: $itemId, input: $input) {\n      id\n    }\n  }\n": types.UpdateActionProgrammeItemDocument,
    "\n  mutation ReportActionProgrammeItemProgress($itemId: ID!, $input: ItemProgressInput!) {\n    reportActionProgrammeItemProgress(itemId: $itemId, input: $input) {\n      id\n    }\n  }\n": types.ReportActionProgrammeItemProgressDocument,
    "\n  mutation EvaluateActionProgramme($id: ID!, $input: EvaluateActionProgrammeInput!) {\n    evaluateActionProgramme(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": types.EvaluateActionProgrammeDocument,
    "\n  query MissingActionProgrammes($campaignId: ID!, $organisationId: ID!) {\n    missingActionProgrammes(campaignId: $campaignId, organisationId: $organisationId, first: 100) {\n      nodes {\n        organisationId\n        organisationCode\n        organisationName\n        dueOn\n        overdue\n        state\n        programmeId\n      }\n    }\n  }\n": types.MissingActionProgrammesDocument,
    "\n  mutation GenerateReport($input: GenerateReportInput!) {\n    generateReport(input: $input) {\n      id\n      status\n      progress\n      snapshotId\n      error\n    }\n  }\n": types.GenerateReportDocument,
    "\n  query ReportJobProgress($id: ID!) {\n    reportJob(id: $id) {\n      id\n      status\n      progress\n      snapshotId\n      error\n    }\n  }\n": types.ReportJobProgressDocument,
    "\n  query ReportList($year: Int, $status: ReportSnapshotStatus, $after: String) {\n    reports(year: $year, status: $status, after: $after, first: 50) {\n      nodes {\n        id\n        year\n        version\n        status\n        asOf\n        rootCode\n        rootName\n        rootOrganisationId\n        rowCount\n        belowTargetCount\n        computedAt\n        submittedAt\n        reviewedAt\n        reviewComment\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ReportListDocument,
    "\n  query ReportDetail($id: ID!) {\n    report(id: $id) {\n      id\n      year\n      version\n      status\n      asOf\n      rootCode\n      rootName\n      rootOrganisationId\n      rowCount\n      belowTargetCount\n      computedAt\n      submittedAt\n      reviewedAt\n      reviewComment\n      inspectionsAvailable\n      root {\n        ...ReportRowFields\n      }\n      previousYear {\n        snapshotId\n        version\n        metrics {\n          ...Metric\n        }\n      }\n    }\n  }\n\n  fragment Metric on ReportMetric {\n    key\n    label\n    required\n    achieved\n    percent\n    target\n    belowTarget\n  }\n\n  fragment ReportRowFields on ReportRow {\n    organisationId\n    parentId\n    code\n    name\n    kind\n    depth\n    missed\n    metrics {\n      ...Metric\n    }\n  }\n": types.ReportDetailDocument,
    "\n  query ReportRows($snapshotId: ID!, $parentId: ID, $belowTargetOnly: Boolean, $after: String) {\n    reportRows(snapshotId: $snapshotId, parentId: $parentId, belowTargetOnly: $belowTargetOnly, after: $after, first: 100) {\n      nodes {\n        ...ReportRowFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.ReportRowsDocument,
    "\n  mutation SubmitReport($id: ID!) {\n    submitReport(id: $id) {\n      id\n      status\n      submittedAt\n    }\n  }\n": types.SubmitReportDocument,
    "\n  mutation AcceptReport($id: ID!, $input: AcceptReportInput) {\n    acceptReport(id: $id, input: $input) {\n      id\n      status\n      reviewedAt\n      reviewComment\n    }\n  }\n": types.AcceptReportDocument,
    "\n  mutation ReturnReport($id: ID!, $input: ReturnReportInput!) {\n    returnReport(id: $id, input: $input) {\n      id\n      status\n      reviewedAt\n      reviewComment\n    }\n  }\n": types.ReturnReportDocument,
    "\n  query StudySessionList($campaignId: ID!, $status: SessionStatus, $after: String) {\n    studySessions(campaignId: $campaignId, status: $status, after: $after, first: 100) {\n      nodes {\n        id\n        title\n        format\n        status\n        startsAt\n        endsAt\n        venue\n        isMakeup\n        organiserName\n        organiserOrganisationId\n        counters {\n          ...Counters\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n\n  fragment Counters on SessionCounters {\n    expected\n    present\n    late\n    leftEarly\n    excused\n    unexcused\n    unmarked\n    byConnectionPoint {\n      connectionPointId\n      expected\n      present\n      late\n      leftEarly\n      excused\n      unexcused\n      unmarked\n    }\n  }\n": types.StudySessionListDocument,
    "\n  query StudySessionDetail($id: ID!) {\n    studySession(id: $id) {\n      id\n      campaignId\n      campaignCode\n      title\n      format\n      status\n      startsAt\n      endsAt\n      durationMinutes\n      venue\n      isMakeup\n      organiserName\n      organiserOrganisationId\n      secretaryPresented\n      preBriefingAt\n      preBriefingNote\n      cancelledReason\n      closedAt\n      connectionPoints {\n        id\n        place\n        hostOrganisationId\n        hostOrganisationName\n      }\n      speakers {\n        speakerId\n        name\n        topic\n        score\n      }\n      counters {\n        ...Counters\n      }\n    }\n  }\n": types.StudySessionDetailDocument,
    "\n  mutation CreateStudySession($input: CreateSessionInput!) {\n    createStudySession(input: $input) {\n      id\n      title\n    }\n  }\n": types.CreateStudySessionDocument,
    "\n  mutation AssignSessionSpeaker($id: ID!, $input: AssignSpeakerInput!) {\n    assignSessionSpeaker(id: $id, input: $input) {\n      speakerId\n      name\n      topic\n    }\n  }\n": types.AssignSessionSpeakerDocument,
    "\n  query SpeakerOptions($search: String) {\n    speakers(search: $search, first: 30) {\n      nodes {\n        id\n        name\n        level\n        organisationName\n      }\n    }\n  }\n": types.SpeakerOptionsDocument,
    "\n  query SessionParticipantList(\n    $sessionId: ID!\n    $search: String\n    $status: AttendanceStatus\n    $unmarked: Boolean\n    $connectionPointId: ID\n    $after: String\n  ) {\n    sessionParticipants(\n      sessionId: $sessionId\n      search: $search\n      status: $status\n      unmarked: $unmarked\n      connectionPointId: $connectionPointId\n      after: $after\n      first: 100\n    ) {\n      nodes {\n        memberId\n        fullName\n        cardNumber\n        organisationName\n        status\n        statusSource\n        statusReason\n        checkedInAt\n        checkedOutAt\n        connectionPointId\n        source\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.SessionParticipantListDocument,
    "\n  mutation MarkAttendance($sessionId: ID!, $input: MarkAttendanceInput!) {\n    markAttendance(sessionId: $sessionId, input: $input) {\n      marked\n      counters {\n        ...Counters\n      }\n    }\n  }\n": types.MarkAttendanceDocument,
    "\n  query RollCallBoard($sessionId: ID!, $connectionPointId: ID) {\n    sessionCheckInCode(sessionId: $sessionId, connectionPointId: $connectionPointId) {\n      code\n      payload\n      ttlSeconds\n      validUntil\n    }\n  }\n": types.RollCallBoardDocument,
    "\n  query RollCallCounters($id: ID!) {\n    studySession(id: $id) {\n      id\n      status\n      counters {\n        ...Counters\n      }\n    }\n  }\n": types.RollCallCountersDocument,
    "\n  query SpeakersRoster($level: SpeakerLevel, $search: String, $after: String) {\n    speakers(level: $level, search: $search, after: $after, first: 50) {\n      nodes {\n        id\n        name\n        title\n        level\n        isExternal\n        externalWorkplace\n        expertise\n        appointedOn\n        organisationCode\n        organisationName\n        trainings {\n          id\n          title\n          heldOn\n          organiser\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    speakerCounts {\n      total\n      byLevel {\n        level\n        count\n      }\n    }\n  }\n": types.SpeakersRosterDocument,
    "\n  query SpeakerEvaluations($after: String) {\n    speakerEvaluations(after: $after, first: 50) {\n      nodes {\n        sessions\n        evaluatedSessions\n        averageScore\n        lastComment\n        lastEvaluatedAt\n        speaker {\n          id\n          name\n          level\n          organisationName\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SpeakerEvaluationsDocument,
    "\n  mutation AddSpeakerTraining($speakerId: ID!, $input: AddSpeakerTrainingInput!) {\n    addSpeakerTraining(speakerId: $speakerId, input: $input) {\n      id\n    }\n  }\n": types.AddSpeakerTrainingDocument,
    "\n  mutation CreateSpeaker($input: CreateSpeakerInput!) {\n    createSpeaker(input: $input) {\n      id\n    }\n  }\n": types.CreateSpeakerDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAuditLog($actorUserId: ID, $entityType: String, $entityId: String, $after: String) {\n    auditLog(actorUserId: $actorUserId, entityType: $entityType, entityId: $entityId, after: $after, first: 100) {\n      nodes {\n        id\n        occurredAt\n        actorUserId\n        actorLabel\n        action\n        entityType\n        entityId\n        before\n        after\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').AdminAuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers($search: String, $after: String) {\n    users(search: $search, after: $after, first: 50) {\n      nodes {\n        id\n        username\n        displayName\n        isActive\n        roles {\n          id\n          role\n          organisation {\n            id\n            code\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').AdminUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminAssignRole($userId: ID!, $input: RoleGrantInput!) {\n    assignRole(userId: $userId, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AdminAssignRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRevokeRole($userId: ID!, $assignmentId: ID!) {\n    revokeRole(userId: $userId, assignmentId: $assignmentId) {\n      id\n    }\n  }\n"): typeof import('./graphql').AdminRevokeRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignList($search: String, $status: CampaignStatus, $after: String, $first: Int) {\n    campaigns(search: $search, status: $status, after: $after, first: $first) {\n      nodes {\n        id\n        code\n        title\n        status\n        startsOn\n        reportDueOn\n        issuedOn\n        issuerOrganisationId\n        issuerOrganisationName\n        essayPolicy\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql').CampaignListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignDetail($id: ID!) {\n    campaign(id: $id) {\n      id\n      code\n      title\n      description\n      status\n      startsOn\n      reportDueOn\n      issuedOn\n      issuerOrganisationId\n      issuerOrganisationName\n      expectedDurationMinutes\n      discussionMinutes\n      formats\n      essayPolicy\n      essayDueOn\n      essayMinWords\n      programmeRequired\n      programmeDueOn\n      programmeLevels\n      personalPlansRequired\n      personalPlansDueOn\n      levels {\n        level\n        deadline\n        audience\n        includeSubordinateCommittees\n        includeSubordinateHeads\n      }\n      resolutions {\n        id\n        code\n        title\n      }\n    }\n  }\n"): typeof import('./graphql').CampaignDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResolutionOptions($search: String) {\n    resolutions(search: $search, first: 50) {\n      nodes {\n        id\n        code\n        title\n        issuedOn\n      }\n    }\n  }\n"): typeof import('./graphql').ResolutionOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      id\n      code\n      status\n    }\n  }\n"): typeof import('./graphql').CreateCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueCampaign($id: ID!) {\n    issueCampaign(id: $id) {\n      id\n      status\n      issuedOn\n    }\n  }\n"): typeof import('./graphql').IssueCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignProgress($campaignId: ID!, $organisationId: ID!) {\n    campaignProgress(campaignId: $campaignId, organisationId: $organisationId) {\n      asOf\n      organisation {\n        ...ProgressRow\n      }\n      children {\n        ...ProgressRow\n      }\n    }\n  }\n\n  fragment ProgressRow on OrganisationProgress {\n    organisationId\n    code\n    name\n    kind\n    deadline\n    deadlineState\n    sessionsHeld\n    membersRequired\n    membersStudied\n    membersStudiedLate\n    membersPending\n    membersExempt\n    essaysRequired\n    essaysSubmitted\n    essaysGraded\n  }\n"): typeof import('./graphql').CampaignProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CellLifeCalendar($organisationId: ID!, $year: Int!) {\n    cellMeetingCalendar(organisationId: $organisationId, year: $year) {\n      asOf\n      months {\n        month\n        state\n        heldOn\n        dueBy\n      }\n      quarters {\n        quarter\n        state\n        thematicCount\n      }\n    }\n    cellMeetings(withinId: $organisationId, year: $year, first: 100) {\n      nodes {\n        id\n        kind\n        heldOn\n        forMonth\n        topic\n        conclusion\n        presentCount\n        excusedCount\n        unexcusedCount\n      }\n    }\n  }\n"): typeof import('./graphql').CellLifeCalendarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CellLifeRecordMeeting($input: RecordCellMeetingInput!) {\n    recordCellMeeting(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CellLifeRecordMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CellLifeRatings($year: Int!, $withinId: ID) {\n    ratingDistribution(year: $year, withinId: $withinId) {\n      year\n      members {\n        excellent\n        good\n        completed\n        notCompleted\n        unrated\n      }\n      organisations {\n        excellent\n        good\n        completed\n        notCompleted\n        unrated\n      }\n    }\n    ratings(year: $year, withinId: $withinId, first: 100) {\n      nodes {\n        id\n        subject\n        subjectName\n        rating\n        ratedOn\n        ratedBy\n        comment\n      }\n    }\n  }\n"): typeof import('./graphql').CellLifeRatingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CellLifeRateMember($input: RateMemberInput!) {\n    rateMember(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CellLifeRateMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CellLifeRateOrganisation($input: RateOrganisationInput!) {\n    rateOrganisation(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CellLifeRateOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardDuties($campaignId: ID!, $organisationId: ID!) {\n    issuedProgrammes: actionProgrammes(campaignId: $campaignId, withinId: $organisationId, status: ISSUED, first: 100) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n    evaluatedProgrammes: actionProgrammes(campaignId: $campaignId, withinId: $organisationId, status: EVALUATED, first: 100) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n    missingActionProgrammes(campaignId: $campaignId, organisationId: $organisationId, first: 100) {\n      totalCount\n      nodes {\n        organisationId\n      }\n    }\n  }\n"): typeof import('./graphql').DashboardDutiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardLatestReport($rootOrganisationId: ID!) {\n    reports(rootOrganisationId: $rootOrganisationId, first: 1) {\n      nodes {\n        id\n        year\n        version\n      }\n    }\n  }\n"): typeof import('./graphql').DashboardLatestReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardReportYears($id: ID!) {\n    report(id: $id) {\n      id\n      year\n      version\n      asOf\n      root {\n        metrics {\n          key\n          label\n          percent\n        }\n      }\n      previousYear {\n        version\n        metrics {\n          key\n          label\n          percent\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DashboardReportYearsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EssaysToGrade($campaignId: ID!, $filter: EssayFilterInput, $after: String) {\n    essaysToGrade(campaignId: $campaignId, filter: $filter, after: $after, first: 50) {\n      nodes {\n        id\n        authorName\n        wordCount\n        submittedAt\n        isLate\n        grade\n        flags {\n          tooShort\n          nearDuplicate\n          similarity\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql').EssaysToGradeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EssayForGrading($id: ID!) {\n    essay(id: $id) {\n      essay {\n        id\n        authorName\n        body\n        wordCount\n        submittedAt\n        isLate\n        grade\n        gradeComment\n        gradedAt\n        campaignCode\n        flags {\n          tooShort\n          nearDuplicate\n          similarity\n          similarEssayId\n        }\n      }\n      similarEssay {\n        id\n        authorName\n        body\n        wordCount\n        similarity\n        submittedAt\n      }\n    }\n  }\n"): typeof import('./graphql').EssayForGradingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GradeEssay($id: ID!, $input: GradeEssayInput!) {\n    gradeEssay(id: $id, input: $input) {\n      id\n      grade\n      gradeComment\n      gradedAt\n    }\n  }\n"): typeof import('./graphql').GradeEssayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspectionPlansList($year: Int) {\n    inspectionPlans(year: $year, first: 100) {\n      nodes {\n        id\n        organisationId\n        organisationName\n        year\n        basis\n        sharePercent\n        theme\n        status\n        periodFrom\n        periodTo\n        currentRunId\n        publishedAt\n      }\n    }\n  }\n"): typeof import('./graphql').InspectionPlansListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspectionPlanPicks($planId: ID!) {\n    inspectionPicks(planId: $planId) {\n      organisationId\n      code\n      name\n      rank\n      stratum\n      forced\n      reasons {\n        code\n        text\n      }\n    }\n    inspectionRecords(planId: $planId, first: 100) {\n      nodes {\n        id\n        organisationId\n        organisationName\n        title\n        startedOn\n        endedOn\n        findings\n        conclusion\n        violations {\n          id\n          subjectKind\n          description\n          discipline\n          basis\n          memberName\n          organisationName\n        }\n        followUps {\n          id\n          description\n          dueOn\n          status\n          responsible\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').InspectionPlanPicksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspectionSamplingRun($id: ID!) {\n    inspectionSamplingRun(id: $id) {\n      id\n      status\n      seed\n      error\n      summary {\n        candidates\n        sampleSize\n        picked\n        forced\n      }\n    }\n  }\n"): typeof import('./graphql').InspectionSamplingRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInspectionPlan($input: CreateInspectionPlanInput!) {\n    createInspectionPlan(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateInspectionPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SampleInspectionPlan($id: ID!, $input: RequestSamplingInput) {\n    sampleInspectionPlan(id: $id, input: $input) {\n      id\n      status\n      seed\n    }\n  }\n"): typeof import('./graphql').SampleInspectionPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishInspectionPlan($id: ID!) {\n    publishInspectionPlan(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').PublishInspectionPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInspectionRecord($input: CreateInspectionRecordInput!) {\n    createInspectionRecord(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateInspectionRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddInspectionViolation($id: ID!, $input: AddViolationInput!) {\n    addInspectionViolation(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddInspectionViolationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddInspectionFollowUp($id: ID!, $input: AddFollowUpInput!) {\n    addInspectionFollowUp(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddInspectionFollowUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitCampaigns {\n    campaigns(first: 100) {\n      nodes {\n        id\n        code\n        title\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').KitCampaignsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members($search: String, $withinId: ID, $standing: PartyStanding, $after: String,\n    $isHeadOfUnit: Boolean, $isKeyLeader: Boolean, $isUnderBlocStandingCommittee: Boolean,\n    $isRetired: Boolean, $isUnfitForWork: Boolean, $isExemptFromActivities: Boolean) {\n    members(search: $search, withinId: $withinId, standing: $standing, after: $after, first: 50,\n      isHeadOfUnit: $isHeadOfUnit, isKeyLeader: $isKeyLeader, isUnderBlocStandingCommittee: $isUnderBlocStandingCommittee,\n      isRetired: $isRetired, isUnfitForWork: $isUnfitForWork, isExemptFromActivities: $isExemptFromActivities) {\n      nodes {\n        id fullName cardNumber birthDate gender standing position organisationId\n        organisation { id code name }\n        isHeadOfUnit isKeyLeader isUnderBlocStandingCommittee isRetired isUnfitForWork isExemptFromActivities\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): typeof import('./graphql').MembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberDetail($id: ID!) {\n    member(id: $id) {\n      id fullName cardNumber birthDate gender standing position organisationId\n        organisation { id code name }\n        isHeadOfUnit isKeyLeader isUnderBlocStandingCommittee isRetired isUnfitForWork isExemptFromActivities\n      memberships { id organisationId organisation { id code name } validFrom validTo reason }\n      committeeOffices { id office organisationId startDate endDate }\n    }\n  }\n"): typeof import('./graphql').MemberDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferMember($id: ID!, $input: TransferMemberInput!) {\n    transferMember(id: $id, input: $input) { id organisationId }\n  }\n"): typeof import('./graphql').TransferMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      roles {\n        role\n        organisation {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationRoots {\n    organisationRoots {\n      id\n      code\n      name\n      kind\n      childCount\n      dissolvedOn\n    }\n  }\n"): typeof import('./graphql').OrganisationRootsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationChildren($id: ID!, $after: String) {\n    organisation(id: $id) {\n      id\n      children(first: 100, after: $after) {\n        nodes {\n          id\n          code\n          name\n          kind\n          childCount\n          dissolvedOn\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OrganisationChildrenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchOrganisations($search: String!) {\n    organisations(search: $search, first: 20) {\n      nodes {\n        id\n        code\n        name\n        kind\n        parentId\n      }\n    }\n  }\n"): typeof import('./graphql').SearchOrganisationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationDetail($id: ID!) {\n    organisation(id: $id) {\n      id\n      code\n      name\n      kind\n      agency\n      activeFrom\n      dissolvedOn\n      termStart\n      termEnd\n      depth\n      childCount\n      descendantCount\n      memberCount\n      parent {\n        id\n        code\n        name\n      }\n      offices {\n        id\n        office\n        memberName\n        startDate\n        endDate\n      }\n    }\n  }\n"): typeof import('./graphql').OrganisationDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveOrganisation($id: ID!, $input: MoveOrganisationInput!) {\n    moveOrganisation(id: $id, input: $input) {\n      id\n      parentId\n    }\n  }\n"): typeof import('./graphql').MoveOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DissolveOrganisation($id: ID!, $input: DissolveOrganisationInput!) {\n    dissolveOrganisation(id: $id, input: $input) {\n      id\n      dissolvedOn\n    }\n  }\n"): typeof import('./graphql').DissolveOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignCommitteeOffice($organisationId: ID!, $input: AssignOfficeInput!) {\n    assignCommitteeOffice(organisationId: $organisationId, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AssignCommitteeOfficeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndCommitteeOffice($id: ID!, $input: EndOfficeInput!) {\n    endCommitteeOffice(id: $id, input: $input) {\n      id\n      endDate\n    }\n  }\n"): typeof import('./graphql').EndCommitteeOfficeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonalPlans($campaignId: ID, $status: PersonalPlanStatus, $overseenByMe: Boolean, $after: String) {\n    personalPlans(campaignId: $campaignId, status: $status, overseenByMe: $overseenByMe, after: $after, first: 50) {\n      nodes {\n        id\n        campaignId\n        memberName\n        organisationName\n        overseer\n        status\n        content\n        submittedAt\n        reviewComment\n        reviews {\n          id\n          decision\n          comment\n          reviewedAt\n        }\n        evaluations {\n          id\n          year\n          result\n          comment\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').PersonalPlansDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewPersonalPlan($id: ID!, $input: ReviewPersonalPlanInput!) {\n    reviewPersonalPlan(id: $id, input: $input) {\n      id\n      status\n      reviewComment\n    }\n  }\n"): typeof import('./graphql').ReviewPersonalPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvaluatePersonalPlan($id: ID!, $input: EvaluatePersonalPlanInput!) {\n    evaluatePersonalPlan(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').EvaluatePersonalPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionProgrammes($campaignId: ID, $status: ActionProgrammeStatus, $after: String) {\n    actionProgrammes(campaignId: $campaignId, status: $status, after: $after, first: 50) {\n      nodes {\n        id\n        title\n        status\n        organisationId\n        organisationName\n        issuedOn\n        documentNumber\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ActionProgrammesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionProgrammeDetail($id: ID!) {\n    actionProgramme(id: $id) {\n      id\n      campaignId\n      title\n      status\n      organisationId\n      organisationName\n      discussedOn\n      discussionRecord\n      issuedOn\n      documentNumber\n      items {\n        id\n        position\n        title\n        target\n        solutions\n        deadline\n        ownerOrganisationId\n        ownerOrganisationName\n        ownerMemberId\n        ownerMemberName\n        status\n        progressOn\n        evidence\n      }\n      evaluatedOn\n      evaluation\n      evaluationResult\n    }\n  }\n"): typeof import('./graphql').ActionProgrammeDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateActionProgramme($input: CreateActionProgrammeInput!) {\n    createActionProgramme(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateActionProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiscussActionProgramme($id: ID!, $input: DiscussActionProgrammeInput!) {\n    discussActionProgramme(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').DiscussActionProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueActionProgramme($id: ID!, $input: IssueActionProgrammeInput!) {\n    issueActionProgramme(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').IssueActionProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddActionProgrammeItem($programmeId: ID!, $input: ProgrammeItemInput!) {\n    addActionProgrammeItem(programmeId: $programmeId, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddActionProgrammeItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateActionProgrammeItem($itemId: ID!, $input: ProgrammeItemInput!) {\n    updateActionProgrammeItem(itemId: $itemId, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateActionProgrammeItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportActionProgrammeItemProgress($itemId: ID!, $input: ItemProgressInput!) {\n    reportActionProgrammeItemProgress(itemId: $itemId, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ReportActionProgrammeItemProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvaluateActionProgramme($id: ID!, $input: EvaluateActionProgrammeInput!) {\n    evaluateActionProgramme(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').EvaluateActionProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MissingActionProgrammes($campaignId: ID!, $organisationId: ID!) {\n    missingActionProgrammes(campaignId: $campaignId, organisationId: $organisationId, first: 100) {\n      nodes {\n        organisationId\n        organisationCode\n        organisationName\n        dueOn\n        overdue\n        state\n        programmeId\n      }\n    }\n  }\n"): typeof import('./graphql').MissingActionProgrammesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GenerateReport($input: GenerateReportInput!) {\n    generateReport(input: $input) {\n      id\n      status\n      progress\n      snapshotId\n      error\n    }\n  }\n"): typeof import('./graphql').GenerateReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportJobProgress($id: ID!) {\n    reportJob(id: $id) {\n      id\n      status\n      progress\n      snapshotId\n      error\n    }\n  }\n"): typeof import('./graphql').ReportJobProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportList($year: Int, $status: ReportSnapshotStatus, $after: String) {\n    reports(year: $year, status: $status, after: $after, first: 50) {\n      nodes {\n        id\n        year\n        version\n        status\n        asOf\n        rootCode\n        rootName\n        rootOrganisationId\n        rowCount\n        belowTargetCount\n        computedAt\n        submittedAt\n        reviewedAt\n        reviewComment\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ReportListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportDetail($id: ID!) {\n    report(id: $id) {\n      id\n      year\n      version\n      status\n      asOf\n      rootCode\n      rootName\n      rootOrganisationId\n      rowCount\n      belowTargetCount\n      computedAt\n      submittedAt\n      reviewedAt\n      reviewComment\n      inspectionsAvailable\n      root {\n        ...ReportRowFields\n      }\n      previousYear {\n        snapshotId\n        version\n        metrics {\n          ...Metric\n        }\n      }\n    }\n  }\n\n  fragment Metric on ReportMetric {\n    key\n    label\n    required\n    achieved\n    percent\n    target\n    belowTarget\n  }\n\n  fragment ReportRowFields on ReportRow {\n    organisationId\n    parentId\n    code\n    name\n    kind\n    depth\n    missed\n    metrics {\n      ...Metric\n    }\n  }\n"): typeof import('./graphql').ReportDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportRows($snapshotId: ID!, $parentId: ID, $belowTargetOnly: Boolean, $after: String) {\n    reportRows(snapshotId: $snapshotId, parentId: $parentId, belowTargetOnly: $belowTargetOnly, after: $after, first: 100) {\n      nodes {\n        ...ReportRowFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql').ReportRowsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitReport($id: ID!) {\n    submitReport(id: $id) {\n      id\n      status\n      submittedAt\n    }\n  }\n"): typeof import('./graphql').SubmitReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptReport($id: ID!, $input: AcceptReportInput) {\n    acceptReport(id: $id, input: $input) {\n      id\n      status\n      reviewedAt\n      reviewComment\n    }\n  }\n"): typeof import('./graphql').AcceptReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnReport($id: ID!, $input: ReturnReportInput!) {\n    returnReport(id: $id, input: $input) {\n      id\n      status\n      reviewedAt\n      reviewComment\n    }\n  }\n"): typeof import('./graphql').ReturnReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudySessionList($campaignId: ID!, $status: SessionStatus, $after: String) {\n    studySessions(campaignId: $campaignId, status: $status, after: $after, first: 100) {\n      nodes {\n        id\n        title\n        format\n        status\n        startsAt\n        endsAt\n        venue\n        isMakeup\n        organiserName\n        organiserOrganisationId\n        counters {\n          ...Counters\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n\n  fragment Counters on SessionCounters {\n    expected\n    present\n    late\n    leftEarly\n    excused\n    unexcused\n    unmarked\n    byConnectionPoint {\n      connectionPointId\n      expected\n      present\n      late\n      leftEarly\n      excused\n      unexcused\n      unmarked\n    }\n  }\n"): typeof import('./graphql').StudySessionListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudySessionDetail($id: ID!) {\n    studySession(id: $id) {\n      id\n      campaignId\n      campaignCode\n      title\n      format\n      status\n      startsAt\n      endsAt\n      durationMinutes\n      venue\n      isMakeup\n      organiserName\n      organiserOrganisationId\n      secretaryPresented\n      preBriefingAt\n      preBriefingNote\n      cancelledReason\n      closedAt\n      connectionPoints {\n        id\n        place\n        hostOrganisationId\n        hostOrganisationName\n      }\n      speakers {\n        speakerId\n        name\n        topic\n        score\n      }\n      counters {\n        ...Counters\n      }\n    }\n  }\n"): typeof import('./graphql').StudySessionDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStudySession($input: CreateSessionInput!) {\n    createStudySession(input: $input) {\n      id\n      title\n    }\n  }\n"): typeof import('./graphql').CreateStudySessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignSessionSpeaker($id: ID!, $input: AssignSpeakerInput!) {\n    assignSessionSpeaker(id: $id, input: $input) {\n      speakerId\n      name\n      topic\n    }\n  }\n"): typeof import('./graphql').AssignSessionSpeakerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpeakerOptions($search: String) {\n    speakers(search: $search, first: 30) {\n      nodes {\n        id\n        name\n        level\n        organisationName\n      }\n    }\n  }\n"): typeof import('./graphql').SpeakerOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionParticipantList(\n    $sessionId: ID!\n    $search: String\n    $status: AttendanceStatus\n    $unmarked: Boolean\n    $connectionPointId: ID\n    $after: String\n  ) {\n    sessionParticipants(\n      sessionId: $sessionId\n      search: $search\n      status: $status\n      unmarked: $unmarked\n      connectionPointId: $connectionPointId\n      after: $after\n      first: 100\n    ) {\n      nodes {\n        memberId\n        fullName\n        cardNumber\n        organisationName\n        status\n        statusSource\n        statusReason\n        checkedInAt\n        checkedOutAt\n        connectionPointId\n        source\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql').SessionParticipantListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAttendance($sessionId: ID!, $input: MarkAttendanceInput!) {\n    markAttendance(sessionId: $sessionId, input: $input) {\n      marked\n      counters {\n        ...Counters\n      }\n    }\n  }\n"): typeof import('./graphql').MarkAttendanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RollCallBoard($sessionId: ID!, $connectionPointId: ID) {\n    sessionCheckInCode(sessionId: $sessionId, connectionPointId: $connectionPointId) {\n      code\n      payload\n      ttlSeconds\n      validUntil\n    }\n  }\n"): typeof import('./graphql').RollCallBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RollCallCounters($id: ID!) {\n    studySession(id: $id) {\n      id\n      status\n      counters {\n        ...Counters\n      }\n    }\n  }\n"): typeof import('./graphql').RollCallCountersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpeakersRoster($level: SpeakerLevel, $search: String, $after: String) {\n    speakers(level: $level, search: $search, after: $after, first: 50) {\n      nodes {\n        id\n        name\n        title\n        level\n        isExternal\n        externalWorkplace\n        expertise\n        appointedOn\n        organisationCode\n        organisationName\n        trainings {\n          id\n          title\n          heldOn\n          organiser\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    speakerCounts {\n      total\n      byLevel {\n        level\n        count\n      }\n    }\n  }\n"): typeof import('./graphql').SpeakersRosterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpeakerEvaluations($after: String) {\n    speakerEvaluations(after: $after, first: 50) {\n      nodes {\n        sessions\n        evaluatedSessions\n        averageScore\n        lastComment\n        lastEvaluatedAt\n        speaker {\n          id\n          name\n          level\n          organisationName\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').SpeakerEvaluationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddSpeakerTraining($speakerId: ID!, $input: AddSpeakerTrainingInput!) {\n    addSpeakerTraining(speakerId: $speakerId, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddSpeakerTrainingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSpeaker($input: CreateSpeakerInput!) {\n    createSpeaker(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateSpeakerDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
