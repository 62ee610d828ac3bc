import { graphql } from '../../generated';

export const MaterialsQuery = graphql(`
  query Materials($after: String) {
    materials(first: 25, after: $after) {
      edges {
        node {
          id
          title
          source
          format
          fileName
          sizeBytes
          chunkCount
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    materialUploadLimits {
      maxFileBytes
      maxTextBytes
      fileExtensions
    }
  }
`);

export const DeleteMaterialMutation = graphql(`
  mutation DeleteMaterial($id: ID!) {
    deleteMaterial(id: $id)
  }
`);

export const MaterialChatbotsQuery = graphql(`
  query MaterialChatbots {
    managedChatbots(first: 100) {
      edges {
        node {
          id
          name
          status
        }
      }
    }
  }
`);

export const ChatbotMaterialsQuery = graphql(`
  query ChatbotMaterials($id: ID!) {
    chatbot(id: $id) {
      id
      name
      status
      materials(first: 100) {
        edges {
          node {
            id
            title
            format
          }
        }
      }
    }
    materials(first: 100) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);

export const AttachMaterialMutation = graphql(`
  mutation AttachMaterial($chatbotId: ID!, $materialId: ID!) {
    attachMaterial(chatbotId: $chatbotId, materialId: $materialId) {
      id
    }
  }
`);

export const DetachMaterialMutation = graphql(`
  mutation DetachMaterial($chatbotId: ID!, $materialId: ID!) {
    detachMaterial(chatbotId: $chatbotId, materialId: $materialId) {
      id
    }
  }
`);

export const SearchPreviewQuery = graphql(`
  query MaterialSearchPreview($chatbotId: ID!, $query: String!) {
    searchMaterials(chatbotId: $chatbotId, query: $query, first: 5) {
      chunkId
      materialId
      title
      highlight
      rank
    }
  }
`);
