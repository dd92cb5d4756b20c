import { expect, type Locator, type Page } from '@playwright/test';

/** /org: the organisation, its members (admins remove them) and invitation links. */
export class OrgPage {
  readonly root: Locator;
  readonly orgName: Locator;
  readonly members: Locator;
  readonly memberRows: Locator;
  readonly invitations: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('org-page');
    this.orgName = page.getByTestId('org-name');
    this.members = page.getByTestId('member-table');
    this.memberRows = this.members.getByTestId('member-row');
    this.invitations = page.getByTestId('invitations-card');
  }

  async goto(): Promise<void> {
    await this.page.goto('/org');
    await expect(this.root).toBeVisible();
  }

  member(email: string): Locator {
    return this.members.locator(`[data-testid="member-row"][data-email="${email}"]`);
  }

  /** Creates a member invitation and returns the full link shown once. */
  async createInvitationLink(): Promise<string> {
    await this.invitations.getByTestId('create-invitation').click();
    const modal = this.page.getByTestId('invitation-modal').getByRole('dialog');
    await expect(modal).toBeVisible();
    await modal.getByTestId('role-member').click();
    await modal.getByTestId('invitation-submit').click();
    const link = modal.getByTestId('invite-link');
    await expect(link).toHaveValue(/\/invite\/[^/]+$/);
    const url = await link.inputValue();
    await modal.getByTestId('invitation-done').click();
    await expect(modal).toBeHidden();
    return url;
  }

  async removeMember(email: string): Promise<void> {
    await this.member(email).getByTestId('remove-member').click();
    await this.page.getByTestId('confirm-remove-member').click();
    await expect(this.member(email)).toHaveCount(0);
  }
}
