// Registers HandoffBot with Azure Bot Service and turns on the channels it serves through Azure.
// Deploy: az deployment group create -g <group> -f deployment/azure/bot.bicep \
//   -p botName=<name> appId=<entra app id> tenantId=<tenant> endpoint=https://<host>/api/messages
// Then set MicrosoftAppId, MicrosoftAppPassword (or a managed identity), MicrosoftAppTenantId and
// MicrosoftAppType on the bot's host to the same values.

@description('Globally unique name of the Azure Bot resource.')
param botName string

@description('Display name customers see.')
param displayName string = 'Support'

@description('Microsoft Entra application (client) id of the bot.')
param appId string

@description('Tenant of the app registration (SingleTenant) or empty for MultiTenant.')
param tenantId string = ''

@allowed([
  'SingleTenant'
  'MultiTenant'
  'UserAssignedMSI'
])
param appType string = 'SingleTenant'

@description('Public HTTPS URL of the bot\'s /api/messages endpoint.')
param endpoint string

@allowed([
  'F0'
  'S1'
])
param sku string = 'S1'

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: displayName
    endpoint: endpoint
    msaAppId: appId
    msaAppType: appType
    msaAppTenantId: empty(tenantId) ? null : tenantId
    disableLocalAuth: false
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

output messagingEndpoint string = bot.properties.endpoint
