/**
 * @module config/azure — the two URL forms of Azure OpenAI, checked when models.yaml loads.
 *
 * - Azure's `/openai/v1` form (`https://R.openai.azure.com/openai/v1`): `model` is the deployment
 *   name; `api-version` is optional.
 * - The classic deployment path (`https://R.openai.azure.com/openai/deployments/NAME?api-version=…`),
 *   or the resource root (`https://R.openai.azure.com?api-version=…`, the deployment then being
 *   `model`): `api-version` is required, as Azure requires it.
 */
export type AzureForm = 'v1' | 'deployment' | 'resource';

export function azureForm(baseUrl: string): AzureForm {
  const path = new URL(baseUrl).pathname.replace(/\/+$/, '');
  if (/\/openai\/v1$/.test(path)) return 'v1';
  if (/\/openai\/deployments\/[^/]+$/.test(path)) return 'deployment';
  return 'resource';
}

/** Why this base_url cannot be an Azure OpenAI endpoint, or undefined when it can. */
export function azureProblem(baseUrl: unknown): string | undefined {
  if (typeof baseUrl !== 'string') {
    return 'azure-openai needs base_url: https://RESOURCE.openai.azure.com/openai/v1 or https://RESOURCE.openai.azure.com/openai/deployments/DEPLOYMENT?api-version=2024-10-21';
  }
  let u: URL;
  try {
    u = new URL(baseUrl);
  } catch {
    return undefined; // the schema reports a malformed URL
  }
  const form = azureForm(baseUrl);
  if (form !== 'v1' && !u.searchParams.has('api-version')) {
    return `expected an api-version query parameter on a deployment URL (e.g. ${u.origin}${u.pathname.replace(/\/+$/, '')}?api-version=2024-10-21), or Azure's /openai/v1 form, which needs none`;
  }
  if (form === 'resource' && u.pathname.replace(/\/+$/, '') !== '') {
    return 'expected …/openai/v1, …/openai/deployments/DEPLOYMENT?api-version=…, or the resource root https://RESOURCE.openai.azure.com?api-version=… (the deployment is then `model`)';
  }
  return undefined;
}
