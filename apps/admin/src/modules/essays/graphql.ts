import { graphql } from '../../graphql/generated';

export const ESSAYS_TO_GRADE_QUERY = graphql(`
  query EssaysToGrade($campaignId: ID!, $filter: EssayFilterInput, $after: String) {
    essaysToGrade(campaignId: $campaignId, filter: $filter, after: $after, first: 50) {
      nodes {
        id
        authorName
        wordCount
        submittedAt
        isLate
        grade
        flags {
          tooShort
          nearDuplicate
          similarity
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

export const ESSAY_QUERY = graphql(`
  query EssayForGrading($id: ID!) {
    essay(id: $id) {
      essay {
        id
        authorName
        body
        wordCount
        submittedAt
        isLate
        grade
        gradeComment
        gradedAt
        campaignCode
        flags {
          tooShort
          nearDuplicate
          similarity
          similarEssayId
        }
      }
      similarEssay {
        id
        authorName
        body
        wordCount
        similarity
        submittedAt
      }
    }
  }
`);

export const GRADE_ESSAY_MUTATION = graphql(`
  mutation GradeEssay($id: ID!, $input: GradeEssayInput!) {
    gradeEssay(id: $id, input: $input) {
      id
      grade
      gradeComment
      gradedAt
    }
  }
`);
